namespace AltSeason.Cli.Ingest;

/// <summary>
/// Parses <c>--map</c> values: <c>platform=file</c> pairs, repeated or comma-separated, e.g.
/// <c>--map date=Date --map "close=Adj Close"</c> or <c>--map date=Date,close=Close</c>.
/// </summary>
public static class ColumnMappingInput
{
    public static Dictionary<string, string> Parse(IEnumerable<string>? values)
    {
        var mapping = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries)))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var platform = equals > 0 ? pair[..equals].Trim() : "";
            var column = equals > 0 ? pair[(equals + 1)..].Trim() : "";
            if (platform.Length == 0 || column.Length == 0)
            {
                throw CliException.Usage($"--map '{pair}' is not platform=column, e.g. --map date=Date or --map \"close=Adj Close\".");
            }

            if (!mapping.TryAdd(platform, column))
            {
                throw CliException.Usage($"--map names the platform column '{platform}' twice.");
            }
        }

        return mapping;
    }
}
