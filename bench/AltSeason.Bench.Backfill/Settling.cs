using System.Diagnostics;

namespace AltSeason.Bench.Backfill;

/// <summary>
/// Waits until no outbox row is pending, no stored input waits for its evaluation, no service is inside a transaction, and no service's events or inbox moved for <c>quietFor</c>; returns the
/// clock's reading at the last movement, so the quiet period itself is not counted as work.
/// </summary>
public static class Settling
{
    public static async Task<TimeSpan> WaitAsync(PlatformCounts counts, Stopwatch clock, TimeSpan timeout, TimeSpan quietFor)
    {
        string? last = null;
        var lastChange = clock.Elapsed;
        var nextReport = clock.Elapsed;
        while (clock.Elapsed < timeout)
        {
            var pending = await counts.PendingOutboxAsync();
            var events = await counts.EventsAsync();
            var snapshot = string.Join(",", events.Values) + "|" + string.Join(",", (await counts.InboxAsync()).Values);
            if (pending.Values.Any(v => v > 0) || (await counts.PendingEvaluationsAsync()).Values.Any(v => v > 0)
                || await counts.BusyConnectionsAsync() > 0 || snapshot != last)
            {
                last = snapshot;
                lastChange = clock.Elapsed;
            }
            else if (clock.Elapsed - lastChange >= quietFor)
            {
                return lastChange;
            }
            if (clock.Elapsed >= nextReport)
            {
                Console.WriteLine($"  {clock.Elapsed.TotalSeconds,6:F0} s  events {string.Join(" ", events.Select(e => $"{e.Key}={e.Value}"))}  pending outbox {pending.Values.Sum()}");
                nextReport = clock.Elapsed + TimeSpan.FromSeconds(15);
            }
            await Task.Delay(500);
        }
        throw new TimeoutException($"The platform did not settle within {timeout}: events|inbox = {last}");
    }
}
