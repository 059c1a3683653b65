using AltSeason.Contracts.Messages;
using AltSeason.SampleData;
using AltSeason.SignalServices.Processing;
using AltSeason.SignalServices.Tests.Infrastructure;
using AltSeason.Testing;
using Npgsql;

namespace AltSeason.SignalServices.Tests.Engine;

/// <summary>
/// A signal service stores a batch's inputs and records what they leave to evaluate; one evaluation then covers every
/// batch stored before it, and work a stopped service left is evaluated when it starts again. Real PostgreSQL.
/// </summary>
[Collection(ServersFixture.Collection)]
public sealed class PendingEvaluationTests(ServersFixture servers)
{
    static readonly Lazy<GeneratedData> Data = new(() => GeneratedData.Of(new SampleDataOptions(Days: 300, Coins: 8, Symbols: 1, Tokens: 1)));

    [Fact]
    public async Task Batches_only_store_and_one_evaluation_covers_them_all()
    {
        await using var host = await SignalHost.StartAsync(servers, "derivatives");
        await StopOwnLoopAsync(host); // this test drives the handler itself
        var handler = host.Get<SignalBatchHandler>();
        var messages = Data.Value.Messages();
        var half = messages.Count / 2;

        Assert.All(await handler.ProcessAsync([.. messages.Take(half)], CancellationToken.None), Assert.True);
        Assert.All(await handler.ProcessAsync([.. messages.Skip(half)], CancellationToken.None), Assert.True);
        var stored = await CountsAsync(host.ConnectionString);
        Assert.True(stored.Inputs > 0, "the batches stored no inputs");
        Assert.True(stored.Pending > 0, "the batches left nothing pending");
        Assert.Equal(0, stored.Evaluations);

        await handler.RunDeferredAsync(CancellationToken.None);
        var evaluated = await CountsAsync(host.ConnectionString);
        Assert.Equal(0, evaluated.Pending);
        Assert.True(evaluated.Evaluations >= 300, $"only {evaluated.Evaluations} evaluations for 300 days");
        Assert.Equal(1, evaluated.NewestVersion); // one evaluation of each date, not one per batch

        // Nothing pending: a second run writes nothing; a redelivered message stores nothing and owes nothing.
        await handler.RunDeferredAsync(CancellationToken.None);
        Assert.False(await handler.HandleAsync(messages[0], CancellationToken.None));
        Assert.Equal(evaluated, await CountsAsync(host.ConnectionString));
    }

    [Fact]
    public async Task Work_a_stopped_service_left_is_evaluated_when_it_starts_again()
    {
        string connectionString;
        await using (var first = await SignalHost.StartAsync(servers, "derivatives"))
        {
            connectionString = first.ConnectionString;
            await StopOwnLoopAsync(first); // so nothing evaluates before the stop
            Assert.All(await first.Get<SignalBatchHandler>().ProcessAsync(Data.Value.Messages(), CancellationToken.None), Assert.True);
        }
        var left = await CountsAsync(connectionString);
        Assert.True(left.Pending > 0 && left.Evaluations == 0, $"pending {left.Pending}, evaluations {left.Evaluations}");

        await using var again = await SignalHost.StartAsync(servers, "derivatives", connectionString);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        var now = left;
        while ((now = await CountsAsync(connectionString)).Pending > 0 && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.Equal(0, now.Pending);
        Assert.True(now.Evaluations >= 300, $"only {now.Evaluations} evaluations for 300 days");
    }

    /// <summary>Stops the service's coalescer, which would otherwise evaluate the pending work on its own.</summary>
    static Task StopOwnLoopAsync(SignalHost host) => host.Get<MessageCoalescer<MarketDataIngested>>().StopAsync(CancellationToken.None);

    sealed record Counts(long Inputs, long Pending, long Evaluations, long NewestVersion);

    static async Task<Counts> CountsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM derivatives.signal_inputs), (SELECT count(*) FROM derivatives.signal_pending_evaluations),
                   (SELECT count(*) FROM derivatives.signal_evaluations), (SELECT coalesce(max(version), 0) FROM derivatives.signal_evaluations)
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new Counts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
    }
}
