using System.Reflection;
using AltSeason.Ingestion.Formats.Parsing;

namespace AltSeason.Ingestion.Formats.Csv;

/// <summary>Parses a CSV by a <see cref="ColumnMapping"/>, after checking the mapping itself makes sense.</summary>
static class MappedCsv
{
    static readonly HashSet<string> KnownFields = typeof(Fields)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    public static IFormatParser For(Func<ParseContext, ColumnMapping> mappingFor) =>
        new CsvTableParser(null, (context, _, line) =>
        {
            var mapping = mappingFor(context);
            if (Problem(mapping) is { } problem) throw context.Fatal(line, null, $"column mapping: {problem}");
            return mapping.ToLayout();
        });

    /// <summary>The mapping the request carries; a mapped-csv request without one is rejected.</summary>
    public static IFormatParser FromRequest { get; } = For(context =>
        context.Request.ColumnMapping ?? throw context.Fatal(1, null, "format 'mapped-csv' needs a column mapping"));

    static string? Problem(ColumnMapping mapping)
    {
        if (string.IsNullOrWhiteSpace(mapping.DateColumn)) return "the date column is not named";
        if (mapping.Fields.Count == 0) return "no column is mapped to a field";
        var unknown = mapping.Fields.Values.Concat(mapping.Constants?.Keys ?? []).Where(f => !KnownFields.Contains(f)).ToArray();
        if (unknown.Length > 0)
            return $"unknown field{(unknown.Length > 1 ? "s" : "")} {string.Join(", ", unknown.Select(u => $"'{u}'"))}; " +
                   $"known fields: {string.Join(", ", KnownFields.Order(StringComparer.Ordinal))}";
        if (mapping.Fields.Keys.Any(k => k.Equals(mapping.DateColumn, StringComparison.OrdinalIgnoreCase)))
            return $"the date column '{mapping.DateColumn}' is also mapped to a field";
        if (mapping.Delimiter is '"' or '\r' or '\n') return "the delimiter cannot be a quote or a line break";
        if (!SeriesNamePattern.IsValidTemplate(mapping.Series))
            return $"series '{mapping.Series}' is not a platform series name (lower-case segments like 'equity/rut' or 'coin/{{id}}')";
        return null;
    }
}
