using System.Text.Json.Nodes;
using AltSeason.Contracts.V1;
using Spectre.Console;

namespace AltSeason.Cli.Ingest;

/// <summary>The outcome of an <c>ingest</c> run: one row per file, then every rejected row with its reason.</summary>
public static class IngestSummary
{
    public static void Render(IAnsiConsole console, IReadOnlyList<ImportReport> reports)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(reports);
        var files = new Table().Title("Files").AddColumns("File", "Format", "Result", "Accepted rows", "Rejected rows", "Series");
        foreach (var r in reports)
        {
            var result = !r.Accepted ? "[red]rejected[/]" : r.Duplicate ? "[grey]duplicate[/]" : "[green]accepted[/]";
            files.AddRow(Markup.Escape(r.FileName), Markup.Escape(r.Format), result,
                r.AcceptedRows.ToString(), r.RejectedRows.ToString(), Markup.Escape(string.Join(", ", r.Series)));
        }

        console.Write(files);
        var errors = reports.SelectMany(r => r.Errors).ToList();
        if (errors.Count > 0)
        {
            var reasons = new Table().Title("Rejected rows").AddColumns("File", "Line", "Reason");
            foreach (var e in errors)
            {
                reasons.AddRow(Markup.Escape(e.File), e.Line.ToString(), Markup.Escape(e.Reason));
            }

            console.Write(reasons);
        }

        var rejected = reports.Count(r => !r.Accepted);
        console.MarkupLine(rejected == 0
            ? $"[green]{reports.Count} file(s) accepted[/], {reports.Sum(r => r.AcceptedRows)} rows."
            : $"[red]{rejected} of {reports.Count} file(s) rejected[/]; a rejected file stores nothing, fix it and ingest it again.");
    }

    public static JsonObject ToJson(IReadOnlyList<ImportReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return new JsonObject
        {
            ["files"] = JsonOutput.ToArray(reports),
            ["acceptedFiles"] = reports.Count(r => r.Accepted),
            ["rejectedFiles"] = reports.Count(r => !r.Accepted),
            ["acceptedRows"] = reports.Sum(r => r.AcceptedRows),
            ["rejectedRows"] = reports.Sum(r => r.RejectedRows),
        };
    }
}
