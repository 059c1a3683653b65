using System.Text.Json;
using AltSeason.Contracts.V1;
using AltSeason.Grpc.Contracts;
using AltSeason.ScoringService.Tests.Fakes;
using AltSeason.ScoringService.Tests.Hosting;
using AltSeason.Testing;
using Google.Protobuf.WellKnownTypes;

namespace AltSeason.ScoringService.Tests.Service;

[Collection(ServersFixture.Collection)]
public sealed class AuditTests(ServersFixture servers)
{
    static readonly DateOnly Friday = new(2024, 3, 1);

    [Fact]
    public async Task AsOf_and_GetScore_before_a_revision_return_the_old_score()
    {
        await using var host = await ScoringHost.StartAsync(servers);
        await host.PublishAsync(Evaluations.OnChain(Friday, version: 1, Evaluations.OnChainValues(asi: 25)));
        var before = (await host.WaitForStreamAsync("score/v1/2024-03-01"))[0];
        await Task.Delay(200);
        var between = DateTimeOffset.UtcNow;
        await Task.Delay(200);
        await host.PublishAsync(Evaluations.OnChain(Friday, version: 2, Evaluations.OnChainValues(asi: 75)));
        var after = (await host.WaitForStreamAsync("score/v1/2024-03-01", version: 2))[1];
        Assert.True(before.RecordedAt < between && between < after.RecordedAt, "the instant must fall between the two evaluations");
        var knownAt = Timestamp.FromDateTimeOffset(between);

        var audited = await host.Audit.AsOfAsync(new AsOfRequest { Family = "score", AsOf = Friday.ToMessage(), KnownAt = knownAt });
        Assert.Equal(1, audited.Version);
        Assert.Equal(before.Json, audited.DataJson);

        var old = await host.Scoring.GetScoreAsync(new GetScoreRequest { AsOf = Friday.ToMessage(), KnownAt = knownAt });
        var latest = await host.Scoring.GetScoreAsync(new GetScoreRequest { AsOf = Friday.ToMessage() });
        Assert.Equal(1, old.Event.StreamVersion);
        Assert.Equal(2, latest.Event.StreamVersion);
        // ASI 25 gives breadth 0 points, ASI 75 gives 100: the revision moved the score by 20/60 of 100 points.
        Assert.Equal(100.0 * 20 / 60, latest.ScorePoints - old.ScorePoints, 9);

        var listed = await host.Scoring.ListScoresAsync(new ListScoresRequest { From = Friday.ToMessage(), To = Friday.ToMessage(), KnownAt = knownAt })
            .ToListAsync();
        Assert.Equal(old.ScorePoints, Assert.Single(listed).ScorePoints);
    }

    [Fact]
    public async Task Replay_recomputes_every_score_byte_for_byte_and_reports_a_tampered_input()
    {
        await using var host = await ScoringHost.StartAsync(servers);
        await host.PublishAsync(Evaluations.OnChain(Friday));
        await host.PublishAsync(Evaluations.Equities(Friday.AddDays(1)));
        await host.PublishAsync(Evaluations.Derivatives(Friday.AddDays(1)));
        await host.PublishAsync(Evaluations.OnChain(Friday.AddDays(2), values: Evaluations.OnChainValues(asi: 90)));
        await host.WaitForStreamAsync("score/v1/2024-03-03");
        await host.WaitForStreamAsync("components/derivatives/2024-03-02");

        var clean = await host.Audit.ReplayAsync(new ReplayRequest());
        // One score per date at least (messages arriving together are scored once, as one batch).
        Assert.True(clean.EventsReplayed >= 3, $"replayed {clean.EventsReplayed}");
        Assert.Equal(0, clean.Differences);
        Assert.Empty(clean.Details);

        // Change a recorded input behind the store's back: the score no longer follows from it.
        await using (var tamper = host.Store.DataSource.CreateCommand(
            "UPDATE scoring.events SET data = replace(data::text, '\"value\":90', '\"value\":30')::json WHERE stream_id = 'components/onchain/2024-03-03'"))
            Assert.Equal(1, await tamper.ExecuteNonQueryAsync());
        var dirty = await host.Audit.ReplayAsync(new ReplayRequest { StreamPrefix = "score/v1/2024-03-03" });
        Assert.Equal(1, dirty.EventsReplayed);
        Assert.True(dirty.Differences > 0);
        Assert.True(dirty.Details.Any(d => d.StreamId == "score/v1/2024-03-03" && d.Field.StartsWith("components[", StringComparison.Ordinal)),
            string.Join("; ", dirty.Details.Select(d => $"{d.StreamId} {d.Field}: {d.Expected} -> {d.Actual}")));
    }

    [Fact]
    public async Task Verify_holds_for_an_untouched_store_and_catches_a_tampered_score()
    {
        await using var host = await ScoringHost.StartAsync(servers);
        await host.PublishAsync(Evaluations.OnChain(Friday));
        var events = await host.WaitForStreamAsync("score/v1/2024-03-01");

        var intact = await host.Audit.VerifyAsync(new VerifyRequest());
        Assert.True(intact.Ok);
        Assert.True(intact.StreamsChecked >= 2);

        var regime = JsonDocument.Parse(events[0].Json).RootElement.GetProperty("regime").GetString();
        await using (var tamper = host.Store.DataSource.CreateCommand(
            $"UPDATE scoring.events SET data = replace(data::text, '\"regime\":\"{regime}\"', '\"regime\":\"altcoin_season\"')::json WHERE stream_id = 'score/v1/2024-03-01'"))
            Assert.Equal(1, await tamper.ExecuteNonQueryAsync());

        var broken = await host.Audit.VerifyAsync(new VerifyRequest());
        Assert.False(broken.Ok);
        Assert.Equal("score/v1/2024-03-01", broken.FirstBroken.StreamId);
        Assert.Equal(1, broken.FirstBroken.Version);
        Assert.False((await host.Audit.VerifyAsync(new VerifyRequest { StreamId = "score/v1/2024-03-01" })).Ok);
    }

    [Fact]
    public async Task History_streams_a_scores_events_with_their_chain_links()
    {
        await using var host = await ScoringHost.StartAsync(servers);
        await host.PublishAsync(Evaluations.OnChain(Friday));
        await host.WaitForStreamAsync("score/v1/2024-03-01");
        await host.PublishAsync(Evaluations.Equities(Friday));
        var events = await host.WaitForStreamAsync("score/v1/2024-03-01", version: 2);

        var history = await host.Audit.HistoryAsync(new HistoryRequest { StreamId = "score/v1/2024-03-01" }).ToListAsync();
        Assert.Equal([1L, 2L], history.Select(h => h.Version));
        Assert.Equal(Convert.ToHexStringLower(events[0].Hash), history[1].PreviousSha256);
        Assert.Equal(events[1].Json, history[1].DataJson);
    }
}
