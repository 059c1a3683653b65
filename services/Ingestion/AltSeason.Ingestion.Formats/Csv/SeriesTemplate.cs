namespace AltSeason.Ingestion.Formats.Csv;

/// <summary>A series name with <c>{column}</c> placeholders filled from each row, e.g. <c>coin/{id}</c>.</summary>
sealed class SeriesTemplate
{
    readonly List<(string Text, int Column)> _parts = [];

    SeriesTemplate() { }

    public bool IsFixed => _parts.TrueForAll(p => p.Column < 0);

    /// <returns>The template, or null with <paramref name="error"/> naming a placeholder the header lacks.</returns>
    public static SeriesTemplate? Compile(string template, Func<string, int> columnIndex, out string? error)
    {
        var result = new SeriesTemplate();
        error = null;
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0) { result._parts.Add((template[i..], -1)); break; }
            var close = template.IndexOf('}', open);
            if (close < 0) { error = $"the series name '{template}' has an unclosed '{{'"; return null; }
            if (open > i) result._parts.Add((template[i..open], -1));
            var column = template[(open + 1)..close];
            var index = columnIndex(column);
            if (index < 0) { error = $"the series name '{template}' uses column '{column}', which the header lacks"; return null; }
            result._parts.Add((column, index));
            i = close + 1;
        }
        return result;
    }

    /// <returns>The series name, or null when a placeholder cell is empty.</returns>
    public string? Resolve(IReadOnlyList<string> cells)
    {
        if (_parts.Count == 1 && _parts[0].Column < 0) return _parts[0].Text;
        var parts = new string[_parts.Count];
        for (var i = 0; i < _parts.Count; i++)
        {
            var (text, column) = _parts[i];
            if (column < 0) { parts[i] = text; continue; }
            var value = cells[column].Trim().ToLowerInvariant();
            if (value.Length == 0 || value.Contains('/')) return null;
            parts[i] = value;
        }
        return string.Concat(parts);
    }
}
