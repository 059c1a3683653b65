using AltSeason.Ingestion.Formats.Collecting;
using AltSeason.Ingestion.Formats.Parsing;
using AltSeason.Ingestion.Formats.Values;

namespace AltSeason.Ingestion.Formats.Csv;

/// <summary>A layout bound to one file's header: column positions resolved, ready to read rows.</summary>
sealed class CsvTable
{
    readonly CsvLayout _layout;
    readonly char _delimiter;
    readonly int _dateIndex;
    readonly (CsvColumn Column, int Index)[] _columns;
    readonly SeriesTemplate _series;
    readonly int _cellsNeeded;

    CsvTable(CsvLayout layout, char delimiter, int dateIndex, (CsvColumn, int)[] columns, SeriesTemplate series, int cellsNeeded)
    {
        (_layout, _delimiter, _dateIndex, _columns, _series, _cellsNeeded) = (layout, delimiter, dateIndex, columns, series, cellsNeeded);
    }

    public static CsvTable Create(ParseContext context, CsvLayout layout, IReadOnlyList<string> header, char delimiter, int line)
    {
        int IndexOf(string name)
        {
            for (var i = 0; i < header.Count; i++)
                if (string.Equals(header[i], name.Trim(), StringComparison.OrdinalIgnoreCase)) return i;
            return -1;
        }

        var missing = new List<string>();
        var dateIndex = IndexOf(layout.DateColumn);
        if (dateIndex < 0) missing.Add(layout.DateColumn);
        var columns = new List<(CsvColumn, int)>();
        foreach (var column in layout.Columns)
        {
            var index = IndexOf(column.Header);
            if (index >= 0) columns.Add((column, index));
            else if (column.Required) missing.Add(column.Header);
        }
        if (missing.Count > 0)
            throw context.Fatal(line, null,
                $"missing column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing.Select(m => $"'{m}'"))}; " +
                $"the header has {string.Join(", ", header.Select(h => $"'{Numbers.Shorten(h)}'").Take(40))}");
        if (columns.Count == 0)
            throw context.Fatal(line, null, "none of the value columns are present");

        var series = SeriesTemplate.Compile(layout.SeriesTemplate, IndexOf, out var templateError)
                     ?? throw context.Fatal(line, null, templateError!);
        var needed = Math.Max(dateIndex, columns.Max(c => c.Item2)) + 1;
        for (var i = 0; i < header.Count; i++)
            if (layout.SeriesTemplate.Contains($"{{{header[i]}}}", StringComparison.OrdinalIgnoreCase)) needed = Math.Max(needed, i + 1);
        return new CsvTable(layout, delimiter, dateIndex, columns.ToArray(), series, needed);
    }

    public void ReadRow(ParseContext context, string line, int lineNumber, List<string> cells, List<FieldValue> row)
    {
        if (CsvSplitter.Split(line, _delimiter, cells) is { } splitError)
        {
            context.Error(lineNumber, null, splitError);
            return;
        }
        if (cells.Count < _cellsNeeded)
        {
            context.Error(lineNumber, null, $"the row has {cells.Count} cells, the header needs at least {_cellsNeeded}");
            return;
        }

        var ok = true;
        if (Timestamps.TryParse(cells[_dateIndex], _layout.DateFormat, out var time) is { } dateError)
        {
            context.Error(lineNumber, _layout.DateColumn, dateError);
            ok = false;
        }
        var series = _series.Resolve(cells);
        if (series is null)
        {
            context.Error(lineNumber, null, $"the row has no usable value for the series name '{_layout.SeriesTemplate}'");
            ok = false;
        }

        row.Clear();
        foreach (var (column, index) in _columns)
        {
            var cell = cells[index];
            if (IsMissing(cell)) continue;
            if (Numbers.TryParse(cell, out var value) is { } numberError)
            {
                context.Error(lineNumber, column.Header, numberError);
                ok = false;
                continue;
            }
            if (column.ZeroMeansMissing && value == 0) continue;
            if (FieldRules.Check(column.Field, value) is { } ruleError)
            {
                context.Error(lineNumber, column.Header, ruleError);
                ok = false;
                continue;
            }
            if (column.Series is { } own)
            {
                if (ok) Add(context, own, Timestamps.Apply(time, _layout.Rule), lineNumber, [new FieldValue(column.Field, value)]);
                continue;
            }
            row.Add(new FieldValue(column.Field, value));
        }
        if (!ok || row.Count == 0) return; // a row with every value missing (a holiday) contributes nothing

        if (RowChecks.Find(row) is { } rowError)
        {
            context.Error(lineNumber, null, rowError);
            return;
        }
        if (_layout.Constants is { } constants) row.AddRange(constants);
        Add(context, series!, Timestamps.Apply(time, _layout.Rule), lineNumber, row);
    }

    static void Add(ParseContext context, string series, DateTimeOffset time, int line, IReadOnlyList<FieldValue> values)
    {
        if (context.Rows.AddRow(series, time, line, values) is { } conflict)
            context.Error(line, null, conflict);
    }

    bool IsMissing(string cell)
    {
        var trimmed = cell.AsSpan().Trim();
        if (trimmed.IsEmpty) return true;
        foreach (var marker in _layout.MissingMarkers)
            if (trimmed.Equals(marker, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
