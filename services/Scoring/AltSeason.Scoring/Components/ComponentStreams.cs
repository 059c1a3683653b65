namespace AltSeason.Scoring.Components;

public static class ComponentStreams
{
    public const string Prefix = "components/";

    public static string For(string family, DateOnly asOf) => $"{Prefix}{family}/{asOf:yyyy-MM-dd}";
}
