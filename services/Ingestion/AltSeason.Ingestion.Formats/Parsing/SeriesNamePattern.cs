using System.Text.RegularExpressions;

namespace AltSeason.Ingestion.Formats.Parsing;

/// <summary>Platform series names are 2 to 4 lower-case segments: <c>kind/instrument[/detail]</c>.</summary>
static partial class SeriesNamePattern
{
    public static bool IsValid(string name) => Name().IsMatch(name);

    /// <summary>A series name that may contain <c>{column}</c> placeholders.</summary>
    public static bool IsValidTemplate(string template) => Template().IsMatch(template);

    [GeneratedRegex("^[a-z0-9^._-]+(/[a-z0-9^._-]+){1,3}$")]
    private static partial Regex Name();

    [GeneratedRegex("^([a-z0-9^._-]|\\{[^{}/]+\\})+(/([a-z0-9^._-]|\\{[^{}/]+\\})+){1,3}$")]
    private static partial Regex Template();
}
