using System.Text.Json.Nodes;
using AltSeason.Contracts.V1;
using AltSeason.Grpc.Clients;
using AltSeason.SignalServices.Events;
using AltSeason.SignalServices.Tests.Infrastructure;
using AltSeason.Testing;
using AltSeason.TimeSeries;
using Npgsql;

namespace AltSeason.SignalServices.Tests.Replay;

/// <summary>
/// Replay recomputes from what is stored, so a changed input value or a changed recorded parameter is reported on
/// the evaluations it touches, even when the stored hashes were left as they were. Two batches make two groups of
/// evaluations, so the incremental fold of the inputs across groups is exercised too.
/// </summary>
[Collection(ServersFixture.Collection)]
public sealed class ReplayFindingsTests(ServersFixture servers)
{
    static readonly DateOnly From = new(2025, 1, 2);

    [Fact]
    public async Task A_tampered_input_value_and_a_changed_parameter_are_reported_on_the_evaluations_they_touch()
    {
        await using var host = await EquitiesHost.StartAsync(servers);
        await using var bus = await TestBus.StartAsync(servers.AmqpUri);
        var audit = new AuditClient(host.Grpc);
        var rut = ReferenceBars.Read("RUT.csv", From);
        var sessions = rut.Select(b => b.Date).ToList();
        var first = ReferenceBars.Message(ReferenceBars.Change(SeriesNames.Russell2000, rut),
            ReferenceBars.Change(SeriesNames.SP500, ReferenceBars.Read("SPX.csv", From)));
        await bus.PublishAsync(first);
        await bus.WaitForBatchAsync(first.IngestionId);
        var revised = sessions.Count - 20;
        var revision = ReferenceBars.Message(ReferenceBars.Change(SeriesNames.Russell2000, [rut[revised] with { Close = rut[revised].Close * 1.1 }]));
        await bus.PublishAsync(revision);
        Assert.InRange((await bus.WaitForBatchAsync(revision.IngestionId)).Changed, 1, 20);

        var clean = await audit.ReplayAsync(new ReplayRequest());
        Assert.Equal(0, clean.Differences);
        Assert.Equal(await CountAsync(host, "SignalsEvaluated"), clean.EventsReplayed);

        // The last close doubled in the first input event, its hash untouched: the last session's outputs no longer follow.
        var rutStream = SignalStreams.Inputs(SeriesNames.Russell2000);
        var original = await DataAsync(host, rutStream, 1);
        var tampered = JsonNode.Parse(original)!;
        var close = tampered["fields"]!.AsArray().Single(c => (string)c!["field"]! == Fields.Close)!["values"]!.AsArray();
        close[^1] = close[^1]!.GetValue<double>() * 2;
        await WriteAsync(host, rutStream, 1, tampered.ToJsonString());
        var lastSession = SignalStreams.Evaluation("equities", sessions[^1]);
        var afterInput = await audit.ReplayAsync(new ReplayRequest());
        Assert.True(afterInput.Details.Any(d => d.StreamId == lastSession && d.Field.StartsWith("values", StringComparison.Ordinal)),
            Describe(afterInput));
        Assert.DoesNotContain(afterInput.Details, d => d.Field.StartsWith("inputs[", StringComparison.Ordinal)); // the hashes still match
        await WriteAsync(host, rutStream, 1, original);
        Assert.Equal(0, (await audit.ReplayAsync(new ReplayRequest())).Differences);

        // A recorded parameter changed: reported as the parameters of exactly that evaluation.
        var firstSession = SignalStreams.Evaluation("equities", sessions[0]);
        var evaluation = JsonNode.Parse(await DataAsync(host, firstSession, 1))!;
        evaluation["parameters"]![0]!["value"] = "tampered";
        await WriteAsync(host, firstSession, 1, evaluation.ToJsonString());
        var afterParameter = await audit.ReplayAsync(new ReplayRequest());
        var difference = Assert.Single(afterParameter.Details);
        Assert.Equal((firstSession, 1L, "parameters"), (difference.StreamId, difference.Version, difference.Field));
        Assert.Contains("tampered", difference.Expected, StringComparison.Ordinal);
    }

    static string Describe(ReplayReport report) =>
        $"{report.Differences} differences: " + string.Join("; ", report.Details.Take(5).Select(d => $"{d.StreamId}@{d.Version} {d.Field}"));

    static async Task<long> CountAsync(EquitiesHost host, string eventType)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM equities.events WHERE event_type = $1", connection)
        {
            Parameters = { new() { Value = eventType } },
        };
        return (long)(await command.ExecuteScalarAsync())!;
    }

    static async Task<string> DataAsync(EquitiesHost host, string streamId, long version)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT data::text FROM equities.events WHERE stream_id = $1 AND version = $2", connection)
        {
            Parameters = { new() { Value = streamId }, new() { Value = version } },
        };
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Rewrites an event's data behind the store's back (its stored hash stays as it was).</summary>
    static async Task WriteAsync(EquitiesHost host, string streamId, long version, string json)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("UPDATE equities.events SET data = $3::json WHERE stream_id = $1 AND version = $2", connection)
        {
            Parameters = { new() { Value = streamId }, new() { Value = version }, new() { Value = json } },
        };
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
