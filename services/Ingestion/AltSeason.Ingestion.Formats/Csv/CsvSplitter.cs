using System.Text;

namespace AltSeason.Ingestion.Formats.Csv;

/// <summary>Splits one CSV line into cells (RFC 4180 quoting, <c>""</c> for a quote inside a quoted cell).</summary>
static class CsvSplitter
{
    /// <returns>Null on success, else why the line cannot be split.</returns>
    public static string? Split(string line, char delimiter, List<string> cells)
    {
        cells.Clear();
        var i = 0;
        while (true)
        {
            if (i < line.Length && line[i] == '"')
            {
                var cell = new StringBuilder();
                i++;
                while (true)
                {
                    if (i >= line.Length) return "a quoted cell is not closed on this line";
                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    cell.Append(line[i++]);
                }
                cells.Add(cell.ToString());
                if (i < line.Length && line[i] != delimiter)
                    return $"unexpected text after the quoted cell {cells.Count}";
            }
            else
            {
                var end = line.IndexOf(delimiter, i);
                if (end < 0) end = line.Length;
                cells.Add(line[i..end]);
                i = end;
            }
            if (i >= line.Length) return null;
            i++; // past the delimiter
            if (i == line.Length) { cells.Add(""); return null; }
        }
    }

    /// <summary>The likeliest delimiter of a header line: the most frequent of comma, semicolon and tab.</summary>
    public static char Guess(string header)
    {
        var candidates = new[] { ',', ';', '\t' };
        return candidates.OrderByDescending(c => header.Count(ch => ch == c)).First();
    }

    public static string Name(char delimiter) => delimiter switch
    {
        '\t' => "tab",
        ';' => "';'",
        ',' => "','",
        _ => $"'{delimiter}'",
    };
}
