namespace AltSeason.EndToEnd.Tests.Support;

/// <summary>
/// Waits until the asynchronous pipeline has settled: no outbox message pending anywhere, and no service's events
/// or inbox moved for a few seconds. Messages in flight show up as pending outbox rows or a moving inbox.
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
            var snapshot = string.Join(",", (await db.EventCountsAsync()).Values) + "|" + string.Join(",", (await db.InboxCountsAsync()).Values);
            if (pending.Values.Any(v => v > 0) || snapshot != last)
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
