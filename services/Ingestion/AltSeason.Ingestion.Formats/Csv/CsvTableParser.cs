using System.Text;
using AltSeason.Ingestion.Formats.Collecting;
using AltSeason.Ingestion.Formats.Parsing;
using AltSeason.Ingestion.Formats.Values;

namespace AltSeason.Ingestion.Formats.Csv;

/// <summary>
/// The one CSV engine behind every CSV format: reads line by line, matches the header to a layout,
/// validates every cell and row, and reports each problem with its line and column.
/// </summary>
/// <param name="delimiter">The format's delimiter, or null to take the likeliest one from the header.</param>
/// <param name="layoutFor">Chooses the layout once the header is known (FRED names its series in the header).</param>
sealed class CsvTableParser(char? delimiter, Func<ParseContext, IReadOnlyList<string>, int, CsvLayout> layoutFor) : IFormatParser
{
    public async Task ParseAsync(Stream content, ParseContext context, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);
        var lineNumber = 0;
        string? line;
        do
        {
            line = await reader.ReadLineAsync(cancellationToken);
            lineNumber++;
        } while (line is not null && string.IsNullOrWhiteSpace(line));
        context.CurrentLine = lineNumber;
        if (line is null) throw context.Fatal(1, null, "the file is empty");

        var table = OpenTable(context, line, lineNumber);
        var cells = new List<string>();
        var row = new List<FieldValue>();
        while ((line = await reader.ReadLineAsync(cancellationToken)) is not null)
        {
            lineNumber++;
            context.CurrentLine = lineNumber;
            if (string.IsNullOrWhiteSpace(line)) continue;
            context.CountRow(lineNumber);
            table.ReadRow(context, line, lineNumber, cells, row);
        }
    }

    CsvTable OpenTable(ParseContext context, string headerLine, int lineNumber)
    {
        if (headerLine.TrimStart().StartsWith('<'))
            throw context.Fatal(lineNumber, null, "this is an HTML page, not CSV: the vendor probably sent an error page");
        if (headerLine.TrimStart().StartsWith('{') || headerLine.TrimStart().StartsWith('['))
            throw context.Fatal(lineNumber, null, "this is JSON, not CSV: choose the vendor's JSON format");

        var separator = delimiter ?? CsvSplitter.Guess(headerLine);
        var header = new List<string>();
        if (CsvSplitter.Split(headerLine, separator, header) is { } splitError)
            throw context.Fatal(lineNumber, null, $"header: {splitError}");
        for (var i = 0; i < header.Count; i++) header[i] = header[i].Trim().TrimStart('\uFEFF');

        if (header.Count == 1 && CsvSplitter.Guess(headerLine) is var other && other != separator && headerLine.Contains(other))
            throw context.Fatal(lineNumber, null,
                $"the header is separated by {CsvSplitter.Name(other)}, but this format expects {CsvSplitter.Name(separator)}");

        var layout = layoutFor(context, header, lineNumber);
        return CsvTable.Create(context, layout, header, separator, lineNumber);
    }
}
