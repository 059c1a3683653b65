using System.Text.Json.Nodes;
using AltSeason.Contracts.V1;
using ISignalsEvaluated = AltSeason.Contracts.Messages.ISignalsEvaluated;
using AltSeason.Grpc;
using AltSeason.Grpc.Clients;
using AltSeason.Grpc.Contracts;
using AltSeason.SignalServices.Processing;
using AltSeason.SignalServices.Tests.Infrastructure;
using AltSeason.Testing;
using AltSeason.TimeSeries;
using Google.Protobuf.WellKnownTypes;
using Npgsql;

namespace AltSeason.SignalServices.Tests.Engine;

/// <summary>
/// The Equities service end to end on real PostgreSQL, RabbitMQ and HTTP/2: real RUT and SPX closes in, evaluation
/// events and announcements out, exactly-once redelivery, a revision that reaches only the dates it can affect,
/// time travel, replay and hash-chain verification.
/// </summary>
[Collection(ServersFixture.Collection)]
public sealed class EquitiesServiceTests(ServersFixture servers)
{
    static readonly DateOnly From = new(2025, 1, 2);

    [Fact]
    public async Task Ingested_closes_are_evaluated_once_revised_in_place_and_replay_byte_for_byte()
    {
        await using var host = await EquitiesHost.StartAsync(servers);
        await using var bus = await TestBus.StartAsync(servers.AmqpUri);
        var signals = SignalsClient.Equities(host.Grpc);
        var audit = new AuditClient(host.Grpc);
        var rut = ReferenceBars.Read("RUT.csv", From);
        var spx = ReferenceBars.Read("SPX.csv", From);
        var sessions = rut.Select(b => b.Date).ToList();

        // 1. The first import evaluates every session and announces each evaluation.
        var first = ReferenceBars.Message(ReferenceBars.Change(SeriesNames.Russell2000, rut), ReferenceBars.Change(SeriesNames.SP500, spx));
        await bus.PublishAsync(first);
        var firstBatch = await bus.WaitForBatchAsync(first.IngestionId);
        Assert.Equal(sessions.Count, firstBatch.Evaluated);
        Assert.Equal(sessions.Count, firstBatch.Changed);

        var listed = await ListAsync(signals, sessions[0], sessions[^1], null);
        Assert.Equal(sessions, listed.Select(e => e.AsOf.ToDateOnly("as_of")));
        Assert.All(listed, e => Assert.Equal(1, e.Event.StreamVersion));
        Assert.All(listed, e => Assert.Equal($"equities/{e.AsOf.ToDateOnly("as_of"):yyyy-MM-dd}", e.Event.StreamId));
        Assert.All(listed, e => Assert.Equal("equities-v1", e.ModelVersion));
        await WaitUntilAsync(() => bus.Evaluated.Count >= sessions.Count, "every evaluation announced");
        Assert.Equal(sessions.ToHashSet(), bus.Evaluated.Select(m => m.AsOf).ToHashSet());
        // Announced as stored (stream, version, hash), per chunk of dates, in messages as full as their limits allow.
        var stored = listed.ToDictionary(e => e.AsOf.ToDateOnly("as_of"), e => (e.Event.StreamId, e.Event.StreamVersion, e.Event.EventSha256));
        Assert.All(bus.Evaluated, m => Assert.Equal(stored[m.AsOf], (m.StreamId, m.StreamVersion, m.EventSha256)));
        Assert.All(bus.MessageSizes, n => Assert.InRange(n.Evaluations, 1, ISignalsEvaluated.MaxEvaluations));
        Assert.All(bus.MessageSizes, n => Assert.True(n.Values <= ISignalsEvaluated.MaxValues || n.Evaluations == 1, $"{n}"));
        var values = bus.Evaluated.Sum(e => e.Values.Count);
        var fewest = Math.Max(Ceiling(sessions.Count, ISignalsEvaluated.MaxEvaluations), Ceiling(values, ISignalsEvaluated.MaxValues));
        var chunks = (sessions[^1].DayNumber - sessions[0].DayNumber) / EvaluationChunks.DefaultDays + 1;
        // Filled in order, two neighbours in one chunk could not have shared a message: at most twice the fewest.
        Assert.InRange(bus.MessageSizes.Count, fewest, (2 * fewest) + chunks);

        // 2. The same message again changes nothing (handler directly, and through the broker).
        var eventsBefore = await CountEventsAsync(host);
        Assert.False(await host.Get<SignalBatchHandler>().HandleAsync(first, CancellationToken.None));
        await bus.PublishAsync(first);

        // 3. A revised close re-evaluates only the sessions from its date on.
        await Task.Delay(100);
        var knownBefore = DateTimeOffset.UtcNow;
        await Task.Delay(100);
        var revisedIndex = sessions.Count - 30;
        var revisedDate = sessions[revisedIndex];
        var revisedBar = rut[revisedIndex] with { Close = rut[revisedIndex].Close * 1.05 };
        var revision = ReferenceBars.Message(ReferenceBars.Change(SeriesNames.Russell2000, [revisedBar]));
        await bus.PublishAsync(revision);
        var revisionBatch = await bus.WaitForBatchAsync(revision.IngestionId);
        Assert.Single(bus.Completed, c => c.IngestionId == first.IngestionId); // the redelivery did not run again
        Assert.Equal(sessions.Count - revisedIndex, revisionBatch.Evaluated);
        Assert.InRange(revisionBatch.Changed, 1, sessions.Count - revisedIndex);
        Assert.Equal(eventsBefore + 1 + revisionBatch.Changed, await CountEventsAsync(host));

        var afterRevision = await ListAsync(signals, sessions[0], sessions[^1], null);
        Assert.All(afterRevision.Where(e => e.AsOf.ToDateOnly("as_of") < revisedDate), e => Assert.Equal(1, e.Event.StreamVersion));
        var latest = await signals.GetSignalsAsync(new GetSignalsRequest { AsOf = revisedDate.ToMessage() });
        Assert.Equal(2, latest.Event.StreamVersion);

        // 4. Time travel: what the platform said before the revision.
        var before = await signals.GetSignalsAsync(new GetSignalsRequest { AsOf = revisedDate.ToMessage(), KnownAt = Timestamp.FromDateTimeOffset(knownBefore) });
        Assert.Equal(1, before.Event.StreamVersion);
        Assert.NotEqual(before.Values, latest.Values);
        var asOf = await audit.AsOfAsync(new AsOfRequest { Family = "equities", AsOf = revisedDate.ToMessage(), KnownAt = Timestamp.FromDateTimeOffset(knownBefore) });
        Assert.Equal(1, asOf.Version);
        Assert.Equal(before.Event.EventSha256, asOf.Sha256);
        var asOfNow = await audit.AsOfAsync(new AsOfRequest { StreamId = $"equities/{revisedDate:yyyy-MM-dd}" });
        Assert.Equal(2, asOfNow.Version);
        Assert.Equal(asOf.Sha256, asOfNow.PreviousSha256);
        var history = await ToListAsync(audit.HistoryAsync(new HistoryRequest { StreamId = $"equities/{revisedDate:yyyy-MM-dd}" }));
        Assert.Equal([asOf.Sha256, asOfNow.Sha256], history.Select(h => h.Sha256));

        // 5. Replay recomputes every evaluation from its recorded inputs: no difference. Verify: every chain holds.
        var replay = await audit.ReplayAsync(new ReplayRequest());
        Assert.Equal(0, replay.Differences);
        Assert.Equal(sessions.Count + revisionBatch.Changed, replay.EventsReplayed);
        var verify = await audit.VerifyAsync(new VerifyRequest());
        Assert.True(verify.Ok, verify.FirstBroken?.Reason);
        Assert.Equal(await CountEventsAsync(host), verify.EventsChecked);

        // 6. Tampering with one stored output breaks its chain and shows up in the replay, both naming the event.
        var tampered = $"equities/{sessions[^1]:yyyy-MM-dd}";
        var field = await TamperFirstNumberAsync(host, tampered);
        var broken = await audit.VerifyAsync(new VerifyRequest());
        Assert.False(broken.Ok);
        Assert.Equal(tampered, broken.FirstBroken.StreamId);
        Assert.Equal(1, broken.FirstBroken.Version);
        var brokenReplay = await audit.ReplayAsync(new ReplayRequest { StreamPrefix = tampered });
        var difference = Assert.Single(brokenReplay.Details);
        Assert.Equal((tampered, 1L, field), (difference.StreamId, difference.Version, difference.Field));
    }

    [Fact]
    public async Task Bad_requests_get_typed_errors_naming_what_is_wrong()
    {
        await using var host = await EquitiesHost.StartAsync(servers);
        var signals = SignalsClient.Equities(host.Grpc);
        var audit = new AuditClient(host.Grpc);

        var missing = await Assert.ThrowsAsync<RpcException>(() =>
            signals.GetSignalsAsync(new GetSignalsRequest { AsOf = new DateOnly(2001, 2, 3).ToMessage() }));
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
        Assert.Contains("2001-02-03", missing.Status.Detail);

        var badDate = await Assert.ThrowsAsync<RpcException>(() =>
            signals.GetSignalsAsync(new GetSignalsRequest { AsOf = new Date { Year = 2025, Month = 2, Day = 30 } }));
        Assert.Equal(StatusCode.InvalidArgument, badDate.StatusCode);
        Assert.Contains("as_of", badDate.Status.Detail);

        var backwards = await Assert.ThrowsAsync<RpcException>(() => ToListAsync(signals.ListSignalsAsync(new ListSignalsRequest
        {
            From = new DateOnly(2025, 3, 1).ToMessage(), To = new DateOnly(2025, 2, 1).ToMessage(),
        })));
        Assert.Equal(StatusCode.InvalidArgument, backwards.StatusCode);

        var badStream = await Assert.ThrowsAsync<RpcException>(() => audit.AsOfAsync(new AsOfRequest { StreamId = "Not A Stream!" }));
        Assert.Equal(StatusCode.InvalidArgument, badStream.StatusCode);
        Assert.Contains("stream_id", badStream.Status.Detail);

        var neither = await Assert.ThrowsAsync<RpcException>(() => audit.AsOfAsync(new AsOfRequest()));
        Assert.Equal(StatusCode.InvalidArgument, neither.StatusCode);

        var unknown = await Assert.ThrowsAsync<RpcException>(() => audit.VerifyAsync(new VerifyRequest { StreamId = "equities/1999-01-01" }));
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("equities/1999-01-01", unknown.Status.Detail);
    }

    static async Task<List<SignalsEvaluation>> ListAsync(SignalsClient client, DateOnly from, DateOnly to, DateTimeOffset? knownAt)
    {
        var request = new ListSignalsRequest { From = from.ToMessage(), To = to.ToMessage() };
        if (knownAt is { } k) request.KnownAt = Timestamp.FromDateTimeOffset(k);
        return await ToListAsync(client.ListSignalsAsync(request));
    }

    static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items) list.Add(item);
        return list;
    }

    static async Task<long> CountEventsAsync(EquitiesHost host)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM equities.events", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Adds 1 to the first defined output of version 1 of a stream, directly in the table; returns its field path.</summary>
    static async Task<string> TamperFirstNumberAsync(EquitiesHost host, string streamId)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var read = new NpgsqlCommand("SELECT data::text FROM equities.events WHERE stream_id = $1 AND version = 1", connection)
        {
            Parameters = { new() { Value = streamId } },
        };
        var data = JsonNode.Parse((string)(await read.ExecuteScalarAsync())!)!.AsObject();
        var values = data["values"]!.AsArray();
        var index = Enumerable.Range(0, values.Count).First(i => values[i]!["value"] is JsonValue);
        values[index]!["value"] = values[index]!["value"]!.GetValue<double>() + 1;
        await using var write = new NpgsqlCommand("UPDATE equities.events SET data = $2::json WHERE stream_id = $1 AND version = 1", connection)
        {
            Parameters = { new() { Value = streamId }, new() { Value = data.ToJsonString() } },
        };
        Assert.Equal(1, await write.ExecuteNonQueryAsync());
        return $"values[{index}]";
    }

    static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Timed out waiting for: {what}.");
            await Task.Delay(50);
        }
    }

    static int Ceiling(int count, int per) => (count + per - 1) / per;
}
