namespace AltSeason.EndToEnd.Tests.Support;

/// <summary>
/// Waits until the asynchronous pipeline has settled: no outbox message pending anywhere, no stored input waiting
/// for its evaluation, no service's events or inbox moved for a few seconds, and no transaction is open. Messages in
/// flight show up as pending outbox rows or a moving inbox; a batch being evaluated shows up as an open transaction.
/// </summary>
public static class Quiescence
{
    public static async Task WaitAsync(PlatformDatabase db, TimeSpan timeout, TimeSpan? quietFor = null)
    {
        var quiet = quietFor ?? TimeSpan.FromSeconds(4);
        var deadline = DateTime.UtcNow + timeout;
        string? last = null;
        var since = DateTime.UtcNow;
        while (DateTime.UtcNow < deadline)
        {
            var pending = await db.PendingOutboxAsync();
            // A batch transaction shows no new event until it commits: a busy connection is not quiet.
            var busy = await db.ScalarAsync(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state IN ('active', 'idle in transaction')");
            var snapshot = string.Join(",", (await db.EventCountsAsync()).Values) + "|" + string.Join(",", (await db.InboxCountsAsync()).Values);
            if (pending.Values.Any(v => v > 0) || busy > 0 || await db.PendingEvaluationsAsync() > 0 || snapshot != last)
            {
                last = snapshot;
                since = DateTime.UtcNow;
            }
            else if (DateTime.UtcNow - since >= quiet)
            {
                return;
            }
            await Task.Delay(500);
        }
        throw new TimeoutException($"The platform did not settle within {timeout}: events|inbox = {last}");
    }
}
