using AltSeason.Contracts.V1;
using AltSeason.Ingestion.Formats.Parsing;

namespace AltSeason.Ingestion.Importing;

/// <summary>The one report every route returns (gRPC as is, HTTP as its JSON form).</summary>
public static class ImportReports
{
    public static ImportReport From(ImportCommand command, ImportOutcome outcome, int maxErrors)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(outcome);
        var parsed = outcome.Parsed;
        // Errors are per row; a row with several bad cells still counts once.
        var rejectedRows = parsed.Errors.Select(e => e.Line).Distinct().Count();
        var report = new ImportReport
        {
            FileName = command.FileName,
            Format = parsed.Format ?? command.Format ?? "",
            Accepted = outcome.IsAccepted,
            AcceptedRows = outcome.IsAccepted ? parsed.RowCount : Math.Max(0, parsed.RowCount - rejectedRows),
            RejectedRows = rejectedRows,
            ContentSha256 = outcome.ContentSha256,
            Duplicate = outcome.Stored?.IsDuplicate ?? false,
        };
        report.Series.AddRange(parsed.Batches.Select(b => b.Series));
        report.Errors.AddRange(parsed.Errors.Take(maxErrors).Select(ToRowError));
        return report;
    }

    static RowError ToRowError(ParseError error) => new()
    {
        File = error.FileName,
        Line = error.Line,
        Reason = error.Column is null ? error.Reason : $"{error.Column}: {error.Reason}",
    };

    /// <summary>The text a person reads: <c>file:line: reason</c>.</summary>
    public static string Describe(RowError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return $"{error.File}:{error.Line}: {error.Reason}";
    }
}
