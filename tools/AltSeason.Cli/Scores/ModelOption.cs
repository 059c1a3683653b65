using System.CommandLine;

namespace AltSeason.Cli.Scores;

public static class ModelOption
{
    public static Option<string?> Create() => new("--model") { Description = "Score model version, e.g. v1; default: the platform's current model" };
}
