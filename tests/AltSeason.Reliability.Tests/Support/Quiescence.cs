namespace AltSeason.Reliability.Tests.Support;

/// <summary>
/// The pipeline has settled when no outbox row is waiting and neither events nor inbox rows have moved for a while.
/// Bounded: a run that never settles fails with what it last saw instead of hanging the suite.
/// </summary>
public static class Quiescence
{
    /// <param name="ready">Extra condition, e.g. every service healthy and no message waiting in a queue.</param>
    public static async Task WaitAsync(PlatformDatabase db, TimeSpan timeout, TimeSpan? quietFor = null, Func<Task<bool>>? ready = null)
    {
        var quiet = quietFor ?? TimeSpan.FromSeconds(4);
        var deadline = DateTime.UtcNow + timeout;
        var last = (Events: -1L, Inbox: -1L, PendingOutbox: -1L);
        var since = DateTime.UtcNow;
        while (DateTime.UtcNow < deadline)
        {
            var now = await TryProgressAsync(db);
            if (now is not { } progress || progress.PendingOutbox > 0 || progress != last || (ready is not null && !await ready()))
            {
                if (now is { } seen) last = seen;
                since = DateTime.UtcNow;
            }
            else if (DateTime.UtcNow - since >= quiet)
            {
                return;
            }
            await Task.Delay(500);
        }
        throw new TimeoutException($"The platform did not settle within {timeout}: events {last.Events}, inbox {last.Inbox}, pending outbox {last.PendingOutbox}.");
    }

    // While PostgreSQL restarts the probe itself fails: that is "not settled", not an error.
    static async Task<(long Events, long Inbox, long PendingOutbox)?> TryProgressAsync(PlatformDatabase db)
    {
        try
        {
            return await db.ProgressAsync();
        }
        catch (Npgsql.NpgsqlException)
        {
            return null;
        }
    }
}
