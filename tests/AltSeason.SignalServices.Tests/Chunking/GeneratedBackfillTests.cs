using AltSeason.EventStore;
using AltSeason.SampleData;
using AltSeason.SignalServices.Events;
using AltSeason.SignalServices.Families;
using AltSeason.SignalServices.Processing;
using AltSeason.SignalServices.Storage;
using AltSeason.SignalServices.Tests.Infrastructure;
using AltSeason.Testing;
using Npgsql;

namespace AltSeason.SignalServices.Tests.Chunking;

/// <summary>
/// The platform bench's 10x data set (4,000 days; 8 coins, 2 futures symbols, 1 flow token) through a real signal
/// service's batch handler, in two batches each evaluated, as a backfill arrives. Regression: OnChain wrote no evaluation at all on
/// it (one batch re-scanned every stored row for each changed row: hours of CPU in an open transaction). Every date
/// must be evaluated, and each stored output must be the bytes the whole-history evaluation of the final inputs gives,
/// however the engine chunked the range or windowed the inputs.
/// </summary>
[Collection(ServersFixture.Collection)]
public sealed class GeneratedBackfillTests(ServersFixture servers)
{
    static readonly Lazy<GeneratedData> Data = new(() => GeneratedData.Of(new SampleDataOptions(Days: 4000, Coins: 8, Symbols: 2, Tokens: 1)));

    static readonly Lazy<GeneratedData> Wide = new(() => GeneratedData.Of(new SampleDataOptions(Days: 600, Coins: 40, Symbols: 40, Tokens: 1)));

    [Theory]
    [InlineData("onchain")]
    [InlineData("derivatives")]
    public Task A_4000_day_backfill_evaluates_every_date_as_the_whole_history_does(string name) =>
        AssertBackfillEvaluatesAsTheWholeHistoryAsync(name, Data.Value, days: 4000);

    [Fact]
    public async Task A_wide_family_writes_each_chunk_in_several_round_trips_with_the_same_outcome()
    {
        // 40 futures symbols: a 500-day chunk holds more values than one round trip takes.
        var family = SignalFamilies.Named("derivatives");
        var inputs = Wide.Value.InputsOf(family);
        var first = inputs.BySeries.Values.Min(rows => rows[0].Date);
        var chunkValues = family.Current.Evaluate(inputs, first, first.AddDays(EvaluationChunks.DefaultDays - 1)).Sum(e => FiniteValues.Of(e.Values).Count);
        Assert.True(chunkValues > PendingEvaluator.ValuesPerSave, $"a chunk has only {chunkValues} values");
        await AssertBackfillEvaluatesAsTheWholeHistoryAsync("derivatives", Wide.Value, days: 600);
    }

    async Task AssertBackfillEvaluatesAsTheWholeHistoryAsync(string name, GeneratedData data, int days)
    {
        await using var host = await SignalHost.StartAsync(servers, name);
        var handler = host.Get<SignalBatchHandler>();
        var messages = data.Messages();
        var half = messages.Count / 2;
        Assert.All(await handler.ProcessAsync([.. messages.Take(half)], CancellationToken.None), Assert.True);
        await handler.RunDeferredAsync(CancellationToken.None);
        Assert.All(await handler.ProcessAsync([.. messages.Skip(half)], CancellationToken.None), Assert.True);
        await handler.RunDeferredAsync(CancellationToken.None);

        var family = host.Get<ISignalFamily>();
        var inputs = data.InputsOf(family);
        var first = inputs.BySeries.Values.Min(rows => rows[0].Date);
        var expected = family.Current.Evaluate(inputs, first, inputs.LastDate!.Value);
        Assert.True(expected.Count >= days, $"{name}: the whole history gives only {expected.Count} dates");

        var stored = await LatestOutputsAsync(host.ConnectionString, name);
        Assert.Equal(expected.Select(e => e.AsOf), stored.Keys.Order());
        var outputs = new OutputsJson(host.Get<PostgresEventStore>().Serializer.Options);
        var different = expected.Where(e => stored[e.AsOf] != outputs.Serialize(FiniteValues.Of(e.Values))).Select(e => e.AsOf).ToList();
        Assert.True(different.Count == 0, $"{name}: {different.Count} dates differ from the whole-history evaluation, first {different.FirstOrDefault():yyyy-MM-dd}");

        // Change detection compares PostgreSQL's hash of the stored text with the hash of the fresh bytes: equal here.
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        var hashes = await new SignalTables(connection, null, name).LatestOutputHashesAsync(first, inputs.LastDate!.Value, CancellationToken.None);
        var unequal = expected.Count(e => !hashes[e.AsOf].ValuesSha256.AsSpan().SequenceEqual(outputs.Sha256(FiniteValues.Of(e.Values))));
        Assert.Equal(0, unequal);
    }

    static async Task<Dictionary<DateOnly, string>> LatestOutputsAsync(string connectionString, string schema)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"""SELECT DISTINCT ON (as_of) as_of, values_json FROM "{schema}".signal_evaluations ORDER BY as_of, version DESC""", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var latest = new Dictionary<DateOnly, string>();
        while (await reader.ReadAsync()) latest[reader.GetFieldValue<DateOnly>(0)] = reader.GetString(1);
        return latest;
    }
}
