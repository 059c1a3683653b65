namespace AltSeason.Equities.Signals;

/// <summary>Input data or parameters the equities signals cannot use; names the series (or parameter) and date.</summary>
public sealed class EquitiesInputException(string subject, DateOnly? date, string reason)
    : ArgumentException(date is { } d ? $"{subject} on {d:yyyy-MM-dd}: {reason}" : $"{subject}: {reason}")
{
    /// <summary>The series name (see <c>SeriesNames</c>) or parameter path that was wrong.</summary>
    public string Subject { get; } = subject;
    public DateOnly? Date { get; } = date;
    public string Reason { get; } = reason;
}
