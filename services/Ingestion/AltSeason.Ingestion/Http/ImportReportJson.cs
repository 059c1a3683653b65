using AltSeason.Contracts.V1;

namespace AltSeason.Ingestion.Http;

/// <summary>The gRPC <see cref="ImportReport"/> as plain JSON for people and scripts (numbers as numbers).</summary>
public sealed record ImportReportJson(
    string FileName,
    string Format,
    bool Accepted,
    long AcceptedRows,
    long RejectedRows,
    IReadOnlyList<RowErrorJson> Errors,
    IReadOnlyList<string> Series,
    string ContentSha256,
    bool Duplicate)
{
    public static ImportReportJson From(ImportReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(report.FileName, report.Format, report.Accepted, report.AcceptedRows, report.RejectedRows,
            [.. report.Errors.Select(e => new RowErrorJson(e.File, e.Line, e.Reason, $"{e.File}:{e.Line}: {e.Reason}"))],
            [.. report.Series], report.ContentSha256, report.Duplicate);
    }
}

/// <param name="Message">The whole error as <c>file:line: reason</c>.</param>
public sealed record RowErrorJson(string File, long Line, string Reason, string Message);
