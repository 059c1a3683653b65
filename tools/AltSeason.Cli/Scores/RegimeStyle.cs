namespace AltSeason.Cli.Scores;

/// <summary>Readable labels and colours for the regime names the API sends (e.g. "altcoin_season").</summary>
public static class RegimeStyle
{
    public static string Label(string regime) => regime.Replace('_', ' ');

    public static string Color(string regime) => regime switch
    {
        "altcoin_season" => "green",
        "building" => "chartreuse3",
        "neutral" => "yellow",
        "bitcoin_season" => "orange1",
        _ => "grey",
    };
}
