using System.Text.Json;
using AltSeason.Contracts.Messages;
using AltSeason.Contracts.V1;
using AltSeason.Scoring.Components;
using AltSeason.Scoring.Consuming;
using AltSeason.Scoring.Evaluation;
using AltSeason.ScoringService.Tests.Fakes;
using AltSeason.ScoringService.Tests.Hosting;
using AltSeason.SignalServices.Processing;
using AltSeason.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AltSeason.ScoringService.Tests.Batching;

/// <summary>
/// A backfill hands Scoring batches spanning years of dates; it writes their scores a chunk of dates at a time
/// (<see cref="ScoringBatch.DatesPerSave"/>) inside the batch's one transaction. The result must be what one big save
/// gave: every date scored once, components before scores, scores and their messages in date order, chains intact.
/// </summary>
[Collection(ServersFixture.Collection)]
public sealed class LargeBatchTests(ServersFixture servers)
{
    static readonly DateOnly First = new(2023, 1, 2);

    [Fact]
    public async Task A_batch_spanning_more_dates_than_one_save_scores_each_date_once_in_order_and_replays_identically()
    {
        await using var host = await ScoringHost.StartAsync(servers);
        var days = (2 * ScoringBatch.DatesPerSave) + 37;
        var dates = Enumerable.Range(0, days).Select(First.AddDays).ToList();
        var received = Received(dates, version: 1);

        var handled = await host.Services.GetRequiredService<IBatchProcessor<ReceivedEvaluation>>().ProcessAsync(received, CancellationToken.None);
        Assert.All(handled, Assert.True);

        var streams = await ColumnAsync(host, "SELECT stream_id FROM scoring.events ORDER BY position");
        Assert.Equal(3 * days, streams.TakeWhile(s => s.StartsWith("components/", StringComparison.Ordinal)).Count());
        Assert.Equal(dates.Select(d => ScoreStreams.For("v1", d)), streams.Skip(3 * days));

        var published = (await ColumnAsync(host, "SELECT payload::text FROM scoring.outbox WHERE message_type = 'AltSeasonScoreEvaluated' ORDER BY sequence"))
            .Select(p => JsonSerializer.Deserialize<AltSeasonScoreEvaluated>(p, host.Store.Options.Json)!).ToList();
        Assert.Equal(dates, published.Select(m => m.AsOf));
        Assert.All(published, m => Assert.Equal(1, m.StreamVersion));
        Assert.All(published, m => Assert.Empty(m.MissingComponents));

        Assert.True((await host.Audit.VerifyAsync(new VerifyRequest())).Ok);
        Assert.Equal(0, (await host.Audit.ReplayAsync(new ReplayRequest())).Differences);
    }

    [Fact]
    public async Task A_batch_of_scattered_dates_finds_the_stored_components_between_and_around_them()
    {
        await using var host = await ScoringHost.StartAsync(servers);
        var inbox = host.Services.GetRequiredService<IBatchProcessor<ReceivedEvaluation>>();
        var early = Enumerable.Range(0, 10).Select(First.AddDays).ToList();
        var late = Enumerable.Range(600, 10).Select(First.AddDays).ToList();
        Assert.All(await inbox.ProcessAsync(Received([.. early, .. late], version: 1), CancellationToken.None), Assert.True);

        // Revisions at both ends and a new date in the middle: each revision must find its stored version (an append
        // at a wrong expected version would fail the batch), and the middle date is scored from what lies around it.
        var middle = First.AddDays(300);
        Assert.All(await inbox.ProcessAsync([.. Received([early[3], late[5]], version: 2), .. Received([middle], version: 1)], CancellationToken.None),
            Assert.True);

        foreach (var date in new[] { early[3], late[5] })
            Assert.Equal(2, (await host.Store.ReadStreamAsync($"components/onchain/{date:yyyy-MM-dd}")).Count);
        Assert.Single(await host.Store.ReadStreamAsync($"score/v1/{middle:yyyy-MM-dd}"));
        Assert.True((await host.Audit.VerifyAsync(new VerifyRequest())).Ok);
        Assert.Equal(0, (await host.Audit.ReplayAsync(new ReplayRequest())).Differences);
    }

    static List<ReceivedEvaluation> Received(IEnumerable<DateOnly> dates, long version) =>
        [.. dates.SelectMany(d => new ISignalsEvaluated[] { Evaluations.OnChain(d, version), Evaluations.Equities(d, version), Evaluations.Derivatives(d, version) })
            .SelectMany(m => m.Evaluations.Select(e => new ReceivedEvaluation($"{e.StreamId}@{e.StreamVersion}", new ComponentRecorded(m.Family,
                e.AsOf, e.Values, e.ModelVersion, e.CodeVersion, e.InputsSha256,
                new SourceEvaluation(e.StreamId, e.StreamVersion, e.EventSha256, e.RecordedAt), ComponentVia.Message))))];

    static async Task<List<string>> ColumnAsync(ScoringHost host, string sql)
    {
        var values = new List<string>();
        await using var command = host.Store.DataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) values.Add(reader.GetString(0));
        return values;
    }
}
