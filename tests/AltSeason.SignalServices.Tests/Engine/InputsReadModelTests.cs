using AltSeason.Contracts.Messages;
using AltSeason.EventStore;
using AltSeason.EventStore.Projections;
using AltSeason.SampleData;
using AltSeason.SignalServices.Audit;
using AltSeason.SignalServices.Families;
using AltSeason.SignalServices.Processing;
using AltSeason.SignalServices.Storage;
using AltSeason.SignalServices.Tests.Infrastructure;
using AltSeason.Testing;
using AltSeason.TimeSeries;
using Npgsql;

namespace AltSeason.SignalServices.Tests.Engine;

/// <summary>
/// The inputs table a family evaluates from: a series' first event is copied in, later ones are merged (revised
/// values replace, new instants are added), and a rebuild from the events gives the same table. Real PostgreSQL.
/// </summary>
[Collection(ServersFixture.Collection)]
public sealed class InputsReadModelTests(ServersFixture servers)
{
    static readonly Lazy<GeneratedData> Data = new(() => GeneratedData.Of(new SampleDataOptions(Days: 120, Coins: 8, Symbols: 1, Tokens: 1)));

    [Fact]
    public async Task A_revision_after_the_first_copy_replaces_changed_values_and_adds_new_instants_and_a_rebuild_agrees()
    {
        await using var host = await SignalHost.StartAsync(servers, "derivatives");
        await host.Get<MessageCoalescer<MarketDataIngested>>().StopAsync(CancellationToken.None); // the test drives the handler
        var handler = host.Get<SignalBatchHandler>();
        var family = host.Get<ISignalFamily>();
        Assert.All(await handler.ProcessAsync(Data.Value.Messages(), CancellationToken.None), Assert.True);
        var copied = await InputsAsync(host);
        Assert.Equal(Rows(Data.Value.InputsOf(family).BySeries), Rows(copied));

        // Revise one series: its first five values change, and five days after its last are new.
        var (series, rows) = copied.First(s => s.Value.Count >= 10);
        var field = rows[0].Field;
        var ofField = rows.Where(r => r.Field == field).ToList();
        var revised = ofField.Take(5).Select(r => r with { Value = r.Value + 1 })
            .Concat(Enumerable.Range(1, 5).Select(d => new Observation(ofField[^1].TimestampUtc.AddDays(d), field, 42 + d))).ToList();
        var revision = new MarketDataIngested(Guid.NewGuid(), "revision.csv", "test", new string('d', 64), DateTimeOffset.UtcNow,
            [new SeriesChange(series, $"series/{series}", 2, new string('e', 64), revised[0].Date, revised[^1].Date,
                [new FieldColumn(field, [.. revised.Select(r => r.TimestampUtc)], [.. revised.Select(r => r.Value)])])]);
        Assert.True((await handler.ProcessAsync([revision], CancellationToken.None))[0]);

        var expected = Rows(copied);
        foreach (var row in revised) expected[(series, row.TimestampUtc, row.Field)] = row.Value;
        var merged = await InputsAsync(host);
        Assert.Equal(expected, Rows(merged));

        // The tables the service's own Rebuild recomputes.
        var readModel = host.Get<AuditOptions>().ReadModel ?? throw new InvalidOperationException("the service declares no read model");
        var rebuilt = await host.Get<PostgresEventStore>().RebuildInlineProjectionsAsync(readModel, CancellationToken.None);
        Assert.True(rebuilt.EventsApplied > 0);
        Assert.Equal(expected, Rows(await InputsAsync(host)));
    }

    static async Task<IReadOnlyDictionary<string, IReadOnlyList<Observation>>> InputsAsync(SignalHost host)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        return (await new SignalTables(connection, null, "derivatives").InputsAsync(null, null, null, CancellationToken.None)).BySeries;
    }

    static SortedDictionary<(string, DateTimeOffset, string), double> Rows(IReadOnlyDictionary<string, IReadOnlyList<Observation>> bySeries) =>
        new(bySeries.SelectMany(s => s.Value.Select(r => (Key: (s.Key, r.TimestampUtc, r.Field), r.Value))).ToDictionary(x => x.Key, x => x.Value));
}
