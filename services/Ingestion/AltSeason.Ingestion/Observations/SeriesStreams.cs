namespace AltSeason.Ingestion.Observations;

/// <summary>Where each series' events live: one stream per series, named after it.</summary>
public static class SeriesStreams
{
    public const string Prefix = "series/";

    public static string For(string series) => Prefix + series;
}
