namespace AltSeason.OnChain.Signals;

/// <summary>Input data the OnChain family cannot use; says which series, field and date, and why.</summary>
public sealed class OnChainInputException(string series, string field, DateOnly? date, string problem)
    : ArgumentException(
        $"Series '{series}' field '{field}'{(date is { } d ? $" on {d:yyyy-MM-dd}" : "")}: {problem}.")
{
    public string Series { get; } = series;
    public string Field { get; } = field;
    public DateOnly? Date { get; } = date;
}
