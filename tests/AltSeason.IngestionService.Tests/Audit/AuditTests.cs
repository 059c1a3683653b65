using AltSeason.Contracts.V1;
using AltSeason.EventStore.Appending;
using AltSeason.Ingestion.Observations;
using AltSeason.IngestionService.Tests.Support;
using AltSeason.Testing;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace AltSeason.IngestionService.Tests.Audit;

[Collection(ServersFixture.Collection)]
public sealed class AuditTests(ServersFixture servers)
{
    const string Rut = "series/equity/rut";

    static ImportRequest Request(byte[] content) => new() { FileName = "^RUT.csv", Content = ByteString.CopyFrom(content) };

    [Fact]
    public async Task History_AsOf_Verify_and_Replay_answer_over_grpc_for_the_series_streams()
    {
        await using var host = await IngestionHost.StartAsync(servers);
        await host.Ingestion.ImportAsync(Request(YahooFile.Bars(5)));
        await Task.Delay(50);
        var between = DateTimeOffset.UtcNow;
        await Task.Delay(50);
        await host.Ingestion.ImportAsync(Request(YahooFile.Bars(5, i => i == 4 ? 9999 : 2500 + i)));

        var history = new List<AuditEvent>();
        await foreach (var e in host.Audit.HistoryAsync(new HistoryRequest { StreamId = Rut })) history.Add(e);
        Assert.Equal([1L, 2L], history.Select(e => e.Version));
        Assert.All(history, e => Assert.Equal("ObservationsIngested", e.EventType));
        Assert.Equal("", history[0].PreviousSha256);
        Assert.Equal(history[0].Sha256, history[1].PreviousSha256);
        Assert.Contains("9999", history[1].DataJson, StringComparison.Ordinal);

        var before = await host.Audit.AsOfAsync(new AsOfRequest { StreamId = Rut, KnownAt = Timestamp.FromDateTimeOffset(between) });
        Assert.Equal(1, before.Version);

        var verify = await host.Audit.VerifyAsync(new VerifyRequest());
        Assert.True(verify.Ok);
        Assert.Equal((1L, 2L), (verify.StreamsChecked, verify.EventsChecked));

        var replay = await host.Audit.ReplayAsync(new ReplayRequest());
        Assert.Equal(2, replay.EventsReplayed);
        Assert.Equal(0, replay.Differences);
    }

    [Fact]
    public async Task Replay_reports_an_event_that_was_no_change_and_a_read_model_that_drifted_and_Verify_a_tampered_event()
    {
        await using var host = await IngestionHost.StartAsync(servers);
        var report = await host.Ingestion.ImportAsync(Request(YahooFile.Bars(3)));
        var day = YahooFile.Midnight(YahooFile.Sessions(1)[0]);

        // Written past the service's diff: a "revision" that repeats the known close breaks the no-overwrite rule.
        await host.Store.AppendAsync(Rut, ExpectedVersion.Exactly(1), [new ObservationsIngested(Guid.NewGuid(), "equity/rut", "yahoo-csv",
            "^RUT.csv", report.ContentSha256, [new ObservedField("close", [day], [2500])])]);
        var replay = await host.Audit.ReplayAsync(new ReplayRequest { StreamPrefix = "series/equity/" });
        var difference = Assert.Single(replay.Details);
        Assert.Equal((Rut, 2L, "fields[0]"), (difference.StreamId, difference.Version, difference.Field));

        await host.ExecuteAsync("UPDATE {schema}.current_values SET value = 1 WHERE field = 'open' AND observed_at = '2026-01-06T00:00:00Z'");
        replay = await host.Audit.ReplayAsync(new ReplayRequest());
        Assert.Equal(2, replay.Differences);
        Assert.Contains(replay.Details, d => d.Field == "current_values[open@2026-01-06T00:00:00Z]" && d.Expected == "2500" && d.Actual == "1");

        await host.ExecuteAsync("UPDATE {schema}.events SET data = replace(data::text, '2502', '2602')::json WHERE version = 1");
        var verify = await host.Audit.VerifyAsync(new VerifyRequest { StreamId = Rut });
        Assert.False(verify.Ok);
        Assert.Equal((Rut, 1L), (verify.FirstBroken.StreamId, verify.FirstBroken.Version));
    }
}
