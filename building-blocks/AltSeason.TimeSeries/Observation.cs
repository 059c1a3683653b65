namespace AltSeason.TimeSeries;

/// <summary>One validated value of one field of a series at one instant (UTC).</summary>
/// <remarks>Daily data uses midnight UTC; intraday data (funding, long/short periods) keeps its time.</remarks>
public readonly record struct Observation(DateTimeOffset TimestampUtc, string Field, double Value)
{
    public DateOnly Date => DateOnly.FromDateTime(TimestampUtc.UtcDateTime);

    public static Observation Daily(DateOnly date, string field, double value) =>
        new(new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), field, value);
}
