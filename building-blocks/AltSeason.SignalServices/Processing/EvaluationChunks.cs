using AltSeason.TimeSeries.Statistics;

namespace AltSeason.SignalServices.Processing;

/// <summary>
/// A batch's affected as-of range cut into chunks of dates that are evaluated, stored and released one after the
/// other, so a service holds one chunk's outputs (and, for a model with a lookback, one chunk's inputs) whatever
/// the length of the history. A date's outputs do not depend on the range asked for, so chunking changes nothing.
/// </summary>
public static class EvaluationChunks
{
    /// <summary>About a year and a half of dates: few enough chunks that per-chunk overhead stays small.</summary>
    public const int DefaultDays = 500;

    public static IEnumerable<EvaluationChunk> Of(AffectedDateRange range, int? lookbackDays, int days = DefaultDays)
    {
        ArgumentNullException.ThrowIfNull(range);
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        if (lookbackDays < 0) throw new ArgumentOutOfRangeException(nameof(lookbackDays), lookbackDays, "A lookback cannot be negative.");
        for (var from = range.From; from <= range.Through; from = from.AddDays(days))
        {
            var through = from.DayNumber + days - 1L >= range.Through.DayNumber ? range.Through : from.AddDays(days - 1);
            yield return new EvaluationChunk(from, through, lookbackDays is { } back ? from.AddDays(-back) : null);
            if (through == range.Through) yield break;
        }
    }
}

/// <summary>As-of dates [From, Through], evaluated from the inputs dated [InputsFrom, Through] (null: all of them).</summary>
public sealed record EvaluationChunk(DateOnly From, DateOnly Through, DateOnly? InputsFrom);
