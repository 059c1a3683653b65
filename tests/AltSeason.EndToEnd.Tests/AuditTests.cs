using AltSeason.Contracts.V1;
using AltSeason.EndToEnd.Tests.Support;

namespace AltSeason.EndToEnd.Tests;

[Collection(ReferenceBackfill.Name)]
public sealed class AuditTests(ReferenceBackfillFixture platform)
{
    [Fact]
    public async Task Replay_finds_no_difference_and_Verify_holds_in_every_service()
    {
        foreach (var service in PlatformDatabase.Schemas)
        {
            var audit = platform.Clients.Audit(service);
            var replay = await audit.ReplayAsync(new ReplayRequest(), new Grpc.CallOptions { Deadline = DateTime.UtcNow.AddMinutes(3) });
            Assert.True(replay.EventsReplayed > 0, $"{service} replayed nothing");
            Assert.True(replay.Differences == 0,
                $"{service}: {replay.Differences} differences, e.g. " + string.Join("; ", replay.Details.Take(3).Select(d => $"{d.StreamId}@{d.Version} {d.Field}: {d.Expected} -> {d.Actual}")));

            var verify = await audit.VerifyAsync(new VerifyRequest(), new Grpc.CallOptions { Deadline = DateTime.UtcNow.AddMinutes(3) });
            Assert.True(verify.Ok, $"{service}: chain broken at {verify.FirstBroken?.StreamId}@{verify.FirstBroken?.Version}: {verify.FirstBroken?.Reason}");
            Assert.True(verify.EventsChecked > 0);
        }
    }

    [Fact]
    public async Task A_stored_event_changed_in_PostgreSQL_fails_Verify_naming_its_stream_and_version()
    {
        const string stream = "equities/2026-01-14";
        var db = platform.Database;
        var version = await db.ScalarAsync("SELECT max(version) FROM equities.events WHERE stream_id = $1", stream);
        var original = await db.ExecuteTextAsync("SELECT data::text FROM equities.events WHERE stream_id = $1 AND version = $2", stream, version);
        Assert.Contains("\"equities\"", original, StringComparison.Ordinal);
        var audit = platform.Clients.Audit("equities");
        try
        {
            // Someone with database access rewrites history: the family name inside the recorded evaluation.
            await db.ExecuteTextAsync("UPDATE equities.events SET data = $1::json WHERE stream_id = $2 AND version = $3",
                original.Replace("\"equities\"", "\"equities-forged\"", StringComparison.Ordinal), stream, version);

            var one = await audit.VerifyAsync(new VerifyRequest { StreamId = stream });
            Assert.False(one.Ok);
            Assert.Equal(stream, one.FirstBroken.StreamId);
            Assert.Equal(version, one.FirstBroken.Version);

            var all = await audit.VerifyAsync(new VerifyRequest());
            Assert.False(all.Ok);
            Assert.Equal(stream, all.FirstBroken.StreamId);
        }
        finally
        {
            await db.ExecuteTextAsync("UPDATE equities.events SET data = $1::json WHERE stream_id = $2 AND version = $3", original, stream, version);
        }
        Assert.True((await audit.VerifyAsync(new VerifyRequest { StreamId = stream })).Ok);
    }
}
