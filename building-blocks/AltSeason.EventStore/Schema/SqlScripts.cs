namespace AltSeason.EventStore.Schema;

/// <summary>The embedded schema scripts, in the order they must run, with the schema name filled in.</summary>
internal static class SqlScripts
{
    const string Prefix = "AltSeason.EventStore.Sql.";
    const string Placeholder = "__schema__";

    public static IReadOnlyList<(string Name, string Sql)> For(string schema)
    {
        var assembly = typeof(SqlScripts).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                // The schema name was validated against SchemaName.Pattern; quoting keeps it an identifier.
                return (n[Prefix.Length..], reader.ReadToEnd().Replace(Placeholder, $"\"{schema}\"", StringComparison.Ordinal));
            })
            .ToList();
    }
}
