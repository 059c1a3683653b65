using System.Text.Json;
using AltSeason.Contracts.Messages;
using AltSeason.Scoring.Evaluation;
using AltSeason.ScoringService.Tests.Fakes;
using AltSeason.ScoringService.Tests.Hosting;
using AltSeason.Testing;
using Npgsql;

namespace AltSeason.ScoringService.Tests.Service;

[Collection(ServersFixture.Collection)]
public sealed class ScoreFromMessagesTests(ServersFixture servers)
{
    static readonly DateOnly Friday = new(2024, 3, 1);

    // Hand-worked from the v1 weights and the inputs in Evaluations: breadth 50 (w20), dominance (50+50+50+100)/4 = 62.5 (w15),
    // flows 50 (w15), drawdown 50 (w10); equities 50 (w25).
    const double OnChainWeighted = (20 * 50) + (15 * 62.5) + (15 * 50) + (10 * 50);

    [Fact]
    public async Task OnChain_alone_is_scored_with_the_missing_weight_shared_out_then_equities_joins()
    {
        await using var host = await ScoringHost.StartAsync(servers);

        await host.PublishAsync(Evaluations.OnChain(Friday));
        var events = await host.WaitForStreamAsync("score/v1/2024-03-01");
        var first = Assert.IsType<ScoreEvaluated>(events[0].Data);
        Assert.Equal(["equities_risk_on", "derivatives_positioning"], first.Missing);
        Assert.Equal(OnChainWeighted / 60, first.Score!.Value, 9);
        Assert.Equal("building", first.Regime);
        var applied = first.Components.ToDictionary(c => c.Key, c => c.AppliedWeight);
        Assert.Equal(100.0 * 20 / 60, applied["altcoin_breadth"], 9);
        Assert.Equal(100.0 * 15 / 60, applied["dominance_others"], 9);
        Assert.Equal(100.0 * 10 / 60, applied["drawdown_reset"], 9);
        Assert.Equal(0, applied["equities_risk_on"]);
        Assert.Equal("onchain", Assert.Single(first.Inputs).Family);

        await host.PublishAsync(Evaluations.Equities(Friday));
        events = await host.WaitForStreamAsync("score/v1/2024-03-01", version: 2);
        var second = Assert.IsType<ScoreEvaluated>(events[1].Data);
        Assert.Equal(["derivatives_positioning"], second.Missing);
        Assert.Equal(((25 * 50) + OnChainWeighted) / 85, second.Score!.Value, 9);
        Assert.Equal(100.0 * 25 / 85, second.Components.Single(c => c.Key == "equities_risk_on").AppliedWeight, 9);
        Assert.Equal(["equities", "onchain"], second.Inputs.Select(i => i.Family));
        Assert.Equal(InputsHash.Of(second.Inputs), second.InputsSha256);
    }

    [Fact]
    public async Task Each_new_score_is_published_through_the_outbox_naming_the_exact_stored_event()
    {
        await using var host = await ScoringHost.StartAsync(servers);
        await host.PublishAsync(Evaluations.OnChain(Friday));
        var events = await host.WaitForStreamAsync("score/v1/2024-03-01");

        var messages = new List<AltSeasonScoreEvaluated>();
        await using (var command = host.Store.DataSource.CreateCommand(
            "SELECT payload::text FROM scoring.outbox WHERE message_type = 'AltSeasonScoreEvaluated'"))
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                messages.Add(JsonSerializer.Deserialize<AltSeasonScoreEvaluated>(reader.GetString(0), host.Store.Options.Json)!);

        var message = Assert.Single(messages);
        Assert.Equal("score/v1/2024-03-01", message.StreamId);
        Assert.Equal(1, message.StreamVersion);
        Assert.Equal(Convert.ToHexStringLower(events[0].Hash), message.EventSha256);
        Assert.Equal(["equities_risk_on", "derivatives_positioning"], message.MissingComponents);
    }

    [Fact]
    public async Task The_same_evaluation_delivered_twice_records_one_component_and_one_score()
    {
        await using var host = await ScoringHost.StartAsync(servers);
        var message = Evaluations.OnChain(Friday);
        await host.PublishAsync(message);
        await host.PublishAsync(message);
        // One queue, one message at a time: once a later message is scored, both copies were handled.
        await host.PublishAsync(Evaluations.OnChain(Friday.AddDays(30)));
        await host.WaitForStreamAsync("score/v1/2024-03-31");

        Assert.Single(await host.Store.ReadStreamAsync("score/v1/2024-03-01"));
        Assert.Single(await host.Store.ReadStreamAsync("components/onchain/2024-03-01"));
        await using var inbox = host.Store.DataSource.CreateCommand("SELECT count(*) FROM scoring.inbox WHERE message_id = $1");
        inbox.Parameters.Add(new NpgsqlParameter<string> { TypedValue = "onchain/2024-03-01@1" });
        Assert.Equal(1L, await inbox.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_revised_evaluation_changes_the_score_and_an_older_one_arriving_late_does_not()
    {
        await using var host = await ScoringHost.StartAsync(servers);
        await host.PublishAsync(Evaluations.OnChain(Friday, version: 2, Evaluations.OnChainValues(asi: 75)));
        var events = await host.WaitForStreamAsync("score/v1/2024-03-01");
        await host.PublishAsync(Evaluations.OnChain(Friday, version: 1, Evaluations.OnChainValues(asi: 25)));
        await host.PublishAsync(Evaluations.OnChain(Friday.AddDays(30)));
        await host.WaitForStreamAsync("score/v1/2024-03-31");

        events = await host.Store.ReadStreamAsync("score/v1/2024-03-01");
        var score = Assert.IsType<ScoreEvaluated>(Assert.Single(events).Data);
        Assert.Equal(100, score.Components.Single(c => c.Key == "altcoin_breadth").SubScore);
    }

    [Fact]
    public async Task A_rescore_with_the_same_result_appends_nothing_even_for_a_row_stored_before_result_hashes()
    {
        await using var host = await ScoringHost.StartAsync(servers);
        await host.PublishAsync(Evaluations.OnChain(Friday, version: 1, Evaluations.OnChainValues(asi: 75)));
        await host.WaitForStreamAsync("score/v1/2024-03-01");
        // A row from before the column: the re-score must decode it to decide.
        await using (var clear = host.Store.DataSource.CreateCommand("UPDATE scoring.scores SET result_sha256 = NULL"))
            await clear.ExecuteNonQueryAsync();

        // A new version of the component with the same values: recorded, re-scored, but the result is the same.
        await host.PublishAsync(Evaluations.OnChain(Friday, version: 2, Evaluations.OnChainValues(asi: 75)));
        await host.WaitForStreamAsync("components/onchain/2024-03-01", version: 2);
        await host.PublishAsync(Evaluations.OnChain(Friday, version: 3, Evaluations.OnChainValues(asi: 25)));
        var events = await host.WaitForStreamAsync("score/v1/2024-03-01", version: 2);

        Assert.Equal(2, events.Count);
        var breadth = events.Select(e => Assert.IsType<ScoreEvaluated>(e.Data).Components.Single(c => c.Key == "altcoin_breadth").SubScore).ToList();
        Assert.Equal(100, breadth[0]);
        Assert.NotEqual(breadth[0], breadth[1]);
        await using var stored = host.Store.DataSource.CreateCommand("SELECT result_sha256 FROM scoring.scores WHERE as_of = $1");
        stored.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = Friday });
        Assert.Equal(ScoreEventBuilder.ResultSha256(Assert.IsType<ScoreEvaluated>(events[1].Data)), await stored.ExecuteScalarAsync());
    }

    [Fact]
    public async Task One_message_of_many_dates_records_each_and_a_malformed_entry_does_not_sink_the_rest()
    {
        await using var host = await ScoringHost.StartAsync(servers);
        var dates = Enumerable.Range(0, 40).Select(Friday.AddDays).ToList();
        var good = dates.Select(d => Evaluations.Evaluation("onchain", d, 1, Evaluations.OnChainValues())).ToList();
        var bad = Evaluations.Evaluation("onchain", Friday.AddDays(100), 1, Evaluations.OnChainValues()) with { StreamId = "not a stream id" };
        await host.PublishAsync(new OnChainSignalsEvaluated("onchain", [.. good.Take(20), bad, .. good.Skip(20)]));
        await host.WaitForStreamAsync($"score/v1/{dates[^1]:yyyy-MM-dd}");

        foreach (var date in dates)
            Assert.Single(await host.Store.ReadStreamAsync($"components/onchain/{date:yyyy-MM-dd}"));
        await using var inbox = host.Store.DataSource.CreateCommand("SELECT count(*) FROM scoring.inbox WHERE message_id LIKE 'onchain/%'");
        Assert.Equal((long)dates.Count, await inbox.ExecuteScalarAsync());

        // The same message again (a relay's second publish) records nothing new.
        await host.PublishAsync(new OnChainSignalsEvaluated("onchain", good));
        await host.PublishAsync(Evaluations.OnChain(Friday.AddDays(60)));
        await host.WaitForStreamAsync("score/v1/2024-04-30");
        foreach (var date in dates)
            Assert.Single(await host.Store.ReadStreamAsync($"score/v1/{date:yyyy-MM-dd}"));
    }
}
