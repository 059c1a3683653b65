using System.Text.RegularExpressions;
using AltSeason.EventStore.Errors;

namespace AltSeason.EventStore.Configuration;

public static partial class SchemaName
{
    // \z, not $: in .NET, $ also matches before a final newline, which would let "name\n" through.
    public const string Pattern = "^[a-z_][a-z0-9_]{0,62}\\z";

    /// <summary>Only validated names are ever spliced into SQL; everything else travels as parameters.</summary>
    public static string Validate(string? schema) =>
        schema is not null && Regex().IsMatch(schema) && !schema.StartsWith("pg_", StringComparison.Ordinal)
            ? schema
            : throw new InvalidSchemaNameException(schema);

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex Regex();
}
