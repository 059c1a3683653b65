using AltSeason.Contracts.V1;
using AltSeason.EventStore;
using AltSeason.EventStore.Appending;
using AltSeason.EventStore.Configuration;
using AltSeason.Grpc;
using AltSeason.Grpc.Contracts;
using AltSeason.Scoring;
using AltSeason.Scoring.Components;
using AltSeason.Scoring.Evaluation;
using AltSeason.Scoring.Serving;
using AltSeason.Scoring.Storage;
using AltSeason.ScoringService.Tests.Fakes;
using AltSeason.ScoringService.Tests.Hosting;
using AltSeason.Testing;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AltSeason.ScoringService.Tests.Service;

/// <summary>
/// GetScore's latest scores come from memory: filled at start, refreshed by NOTIFY whoever writes, and set aside
/// (GetScore reads PostgreSQL) while the listening connection is down, until it is back and everything is reloaded.
/// </summary>
[Collection(ServersFixture.Collection)]
public sealed class LatestScoreServingTests(ServersFixture servers)
{
    static readonly DateOnly Friday = new(2024, 3, 1);
    static readonly string FridayStream = ScoreStreams.For("v1", Friday);

    [Fact]
    public async Task A_score_written_after_start_and_a_revision_by_another_instance_are_served_and_known_at_still_reads_the_past()
    {
        await using var host = await ScoringHost.StartAsync(servers);
        var cache = host.Services.GetRequiredService<LatestScores>();
        await WaitUntilAsync(() => cache.InSync, "the cache never loaded");

        await host.PublishAsync(Evaluations.OnChain(Friday));
        var first = (await host.WaitForStreamAsync(FridayStream))[0];
        await WaitUntilAsync(() => cache.VersionOf("v1", Friday) == 1, "the new score never reached the cache");
        var served = await host.Scoring.GetScoreAsync(new GetScoreRequest { AsOf = Friday.ToMessage(), ModelVersion = "V1" });
        Assert.Equal(1, served.Event.StreamVersion);
        Assert.Equal(Convert.ToHexStringLower(first.Hash), served.Event.EventSha256);
        Assert.Equal(((ScoreEvaluated)first.Data).Score, served.ScorePoints);

        // A date without a score is NOT_FOUND from memory too, with the same words as from the store.
        Assert.True(cache.InSync);
        var missing = await Assert.ThrowsAsync<RpcException>(() => host.Scoring.GetScoreAsync(new GetScoreRequest { AsOf = Friday.AddDays(1).ToMessage() }));
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
        Assert.Equal("No score for 2024-03-02 under model v1.", missing.Status.Detail);

        await Task.Delay(50);
        var beforeRevision = DateTimeOffset.UtcNow;
        await Task.Delay(50);
        await using (var other = OtherInstanceStore(host.Database))
            await ReviseAsync(other, (ScoreEvaluated)first.Data, version: 1, points: 12.5);
        await WaitUntilAsync(() => cache.VersionOf("v1", Friday) == 2, "the other instance's revision never reached the cache");
        var revised = await host.Scoring.GetScoreAsync(new GetScoreRequest { AsOf = Friday.ToMessage() });
        Assert.Equal(2, revised.Event.StreamVersion);
        Assert.Equal(12.5, revised.ScorePoints);

        var old = await host.Scoring.GetScoreAsync(new GetScoreRequest { AsOf = Friday.ToMessage(), KnownAt = Timestamp.FromDateTimeOffset(beforeRevision) });
        Assert.Equal(1, old.Event.StreamVersion);
        Assert.Equal(served.ScorePoints, old.ScorePoints);
        var notYet = await Assert.ThrowsAsync<RpcException>(() => host.Scoring.GetScoreAsync(new GetScoreRequest
            { AsOf = Friday.ToMessage(), KnownAt = Timestamp.FromDateTimeOffset(first.RecordedAt.AddSeconds(-1)) }));
        Assert.Equal(StatusCode.NotFound, notYet.StatusCode);
    }

    [Fact]
    public async Task A_dropped_listening_connection_is_replaced_and_what_was_written_meanwhile_is_served()
    {
        await using var host = await ScoringHost.StartAsync(servers);
        var cache = host.Services.GetRequiredService<LatestScores>();
        await host.PublishAsync(Evaluations.OnChain(Friday));
        var first = (await host.WaitForStreamAsync(FridayStream))[0];
        await WaitUntilAsync(() => cache.VersionOf("v1", Friday) == 1, "the score never reached the cache");
        var syncs = cache.Syncs;

        await using (var admin = new NpgsqlConnection(host.Database))
        {
            await admin.OpenAsync();
            await using var kill = new NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()", admin);
            kill.Parameters.Add(new NpgsqlParameter<string> { TypedValue = LatestScoresSync.ApplicationName });
            Assert.Equal(1L, await kill.ExecuteScalarAsync());
        }
        // Written right after the drop: its notification may go to nobody; the reload must still bring it.
        await using var other = OtherInstanceStore(host.Database);
        await ReviseAsync(other, (ScoreEvaluated)first.Data, version: 1, points: 20);

        await WaitUntilAsync(() => cache.Syncs > syncs && cache.InSync, "the cache never reconnected and reloaded");
        await WaitUntilAsync(() => cache.VersionOf("v1", Friday) == 2, "the revision written during the drop is not in the cache");
        Assert.Equal(20, (await host.Scoring.GetScoreAsync(new GetScoreRequest { AsOf = Friday.ToMessage() })).ScorePoints);

        // The new connection listens: a later revision arrives by notification, without another reload.
        var reloads = cache.Syncs;
        await ReviseAsync(other, (ScoreEvaluated)first.Data, version: 2, points: 30);
        await WaitUntilAsync(() => cache.VersionOf("v1", Friday) == 3, "a revision after the reconnection never reached the cache");
        Assert.Equal(reloads, cache.Syncs);
        Assert.Equal(30, (await host.Scoring.GetScoreAsync(new GetScoreRequest { AsOf = Friday.ToMessage() })).ScorePoints);
    }

    [Fact]
    public async Task While_PostgreSQL_is_down_nothing_is_served_from_memory_and_after_its_restart_the_cache_resyncs()
    {
        await using var host = await ScoringHost.StartAsync(servers);
        var cache = host.Services.GetRequiredService<LatestScores>();
        await host.PublishAsync(Evaluations.OnChain(Friday));
        var first = (await host.WaitForStreamAsync(FridayStream))[0];
        await WaitUntilAsync(() => cache.VersionOf("v1", Friday) == 1, "the score never reached the cache");
        var syncs = cache.Syncs;

        await servers.Postgres.StopAsync();
        try
        {
            await WaitUntilAsync(() => !cache.InSync, "the cache did not notice the lost connection");
            // The cache steps aside: the call goes to PostgreSQL, which is down, instead of answering from memory.
            await Assert.ThrowsAsync<RpcException>(() => host.Scoring.GetScoreAsync(new GetScoreRequest { AsOf = Friday.ToMessage() }));
        }
        finally
        {
            await servers.Postgres.StartAsync(CancellationToken.None);
        }

        await WaitUntilAsync(() => cache.Syncs > syncs && cache.InSync, "the cache never resynced after the restart", seconds: 60);
        await using var other = OtherInstanceStore(host.Database);
        await ReviseAsync(other, (ScoreEvaluated)first.Data, version: 1, points: 70);
        await WaitUntilAsync(() => cache.VersionOf("v1", Friday) == 2, "a revision after the restart never reached the cache");
        Assert.Equal(70, (await host.Scoring.GetScoreAsync(new GetScoreRequest { AsOf = Friday.ToMessage() })).ScorePoints);
    }

    [Fact]
    public async Task Deleted_and_truncated_read_model_rows_leave_the_cache_too()
    {
        await using var host = await ScoringHost.StartAsync(servers);
        var cache = host.Services.GetRequiredService<LatestScores>();
        await host.PublishAsync(Evaluations.OnChain(Friday));
        await host.PublishAsync(Evaluations.OnChain(Friday.AddDays(2)));
        await host.WaitForStreamAsync(ScoreStreams.For("v1", Friday.AddDays(2)));
        await host.WaitForStreamAsync(FridayStream);

        await ExecuteAsync(host.Database, $"DELETE FROM {ScoringOptions.Schema}.scores WHERE as_of = '2024-03-01'");
        await WaitUntilAsync(() => cache.VersionOf("v1", Friday) is null, "the deleted row stayed in the cache");
        Assert.Equal(1, cache.VersionOf("v1", Friday.AddDays(2)));

        var syncs = cache.Syncs;
        await ExecuteAsync(host.Database, $"TRUNCATE {ScoringOptions.Schema}.scores");
        await WaitUntilAsync(() => cache.Syncs > syncs && cache.Count == 0, "the truncated table did not empty the cache");
        var gone = await Assert.ThrowsAsync<RpcException>(() => host.Scoring.GetScoreAsync(new GetScoreRequest { AsOf = Friday.AddDays(2).ToMessage() }));
        Assert.Equal(StatusCode.NotFound, gone.StatusCode);
    }

    static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A store of its own on the same database, as another Scoring process has: its appends reach this one only through PostgreSQL.</summary>
    static PostgresEventStore OtherInstanceStore(string connectionString)
    {
        var options = new EventStoreOptions { Schema = ScoringOptions.Schema, ConnectionString = connectionString };
        options.Events.Register<ComponentRecorded>("ComponentRecorded").Register<ScoreEvaluated>("ScoreEvaluated");
        options.Projections.AddInline(new ComponentsProjection()).AddInline(new ScoresProjection());
        return new PostgresEventStore(options);
    }

    static async Task ReviseAsync(PostgresEventStore store, ScoreEvaluated score, long version, double points)
    {
        var revision = score with { Score = points, Explanation = $"revised to {points}" };
        // Right after a PostgreSQL restart the pool may hand out a connection that died with the old server.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await store.AppendAsync(FridayStream, ExpectedVersion.Exactly(version), [revision]);
                return;
            }
            catch (NpgsqlException) when (attempt < 3)
            {
                NpgsqlConnection.ClearAllPools();
            }
        }
    }

    static async Task WaitUntilAsync(Func<bool> condition, string failure, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"{failure} within {seconds} s.");
            await Task.Delay(20);
        }
    }
}
