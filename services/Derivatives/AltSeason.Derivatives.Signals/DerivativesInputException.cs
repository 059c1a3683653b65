namespace AltSeason.Derivatives.Signals;

/// <summary>Input data or parameters the derivatives signals cannot use; names the series (or parameter) and date.</summary>
public sealed class DerivativesInputException(string subject, DateOnly? date, string reason)
    : ArgumentException(date is { } d ? $"{subject} on {d:yyyy-MM-dd}: {reason}" : $"{subject}: {reason}")
{
    public string Subject { get; } = subject;
    public DateOnly? Date { get; } = date;
    public string Reason { get; } = reason;
}
