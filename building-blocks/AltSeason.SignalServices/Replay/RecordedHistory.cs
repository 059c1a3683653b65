using System.Text.Json;
using AltSeason.EventStore;
using AltSeason.EventStore.Reading;
using AltSeason.SignalServices.Audit;
using AltSeason.SignalServices.Events;
using Npgsql;

namespace AltSeason.SignalServices.Replay;

/// <summary>
/// Everything a replay needs, read once: every input event by stream (in version order) and the evaluations under
/// a prefix (in append order). One SELECT over the committed rows, not the global subscriber order: that order holds
/// back everything newer than the oldest open transaction in the database, and an audit must see every committed event.
/// </summary>
internal sealed class RecordedHistory
{
    public Dictionary<string, InputStream> Inputs { get; } = new(StringComparer.Ordinal);
    public List<RecordedEvaluation> Evaluations { get; } = [];

    /// <summary>Events whose stored JSON no longer decodes (edited behind the store's back): findings, not a failed replay.</summary>
    public List<ReplayMismatch> Unreadable { get; } = [];

    public int UnreadableEvaluations { get; private set; }

    public static async Task<RecordedHistory> ReadAsync(PostgresEventStore store, string streamPrefix, CancellationToken ct)
    {
        var inputType = store.Options.Events.ForClrType(typeof(InputsReceived));
        var evaluationType = store.Options.Events.ForClrType(typeof(SignalsEvaluated));
        var rows = new List<Row>();
        await using (var command = store.DataSource.CreateCommand($"""
            SELECT position, stream_id, version, event_type, type_version, data::text, hash FROM "{store.Schema}".events
            WHERE event_type = $1 OR (event_type = $2 AND starts_with(stream_id, $3))
            """))
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = inputType.Name });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = evaluationType.Name });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = streamPrefix });
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                rows.Add(new Row(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetString(3) == inputType.Name,
                    reader.GetInt32(4), await StoredText.Utf8Async(reader, 5, ct), reader.GetFieldValue<byte[]>(6)));
        }

        // Decoding is most of the reading cost: on every core, rows in contiguous ranges (a batch's evaluations are
        // stored together and share their parameter and input lists, which each thread then decodes once).
        var options = store.Serializer.Options;
        var decoded = new object?[rows.Count];
        var errors = new string?[rows.Count];
        Parallel.For(0, rows.Count, () => new DecodedLists(), (i, _, previous) =>
        {
            var row = rows[i];
            var current = row.IsInput ? inputType.Version : evaluationType.Version;
            if (row.TypeVersion != current) return previous; // an older shape: the store's upcasters read it below
            try
            {
                decoded[i] = row.IsInput
                    ? JsonSerializer.Deserialize<InputsReceived>(row.Json, options) ?? throw new JsonException("the event is null.")
                    : RecordedEvaluation.Parse(row.StreamId, row.Version, row.Position, row.Json, options, previous);
            }
            catch (JsonException e)
            {
                errors[i] = e.Message;
            }
            return previous;
        }, _ => { });

        var history = new RecordedHistory();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (errors[i] is { } error)
            {
                var expected = row.IsInput ? inputType.Name : evaluationType.Name;
                history.Unreadable.Add(new ReplayMismatch(row.StreamId, row.Version, "data", $"a readable {expected}", $"(unreadable: {error})"));
                if (!row.IsInput) history.UnreadableEvaluations++;
                continue;
            }
            var data = decoded[i] ?? await UpcastAsync(store, row, ct);
            if (row.IsInput)
            {
                if (!history.Inputs.TryGetValue(row.StreamId, out var stream)) history.Inputs[row.StreamId] = stream = new InputStream();
                stream.Add(row.Version, row.Hash, (InputsReceived)data);
            }
            else
            {
                history.Evaluations.Add((RecordedEvaluation)data);
            }
        }
        foreach (var stream in history.Inputs.Values) stream.SortByVersion();
        history.Evaluations.Sort((a, b) => a.Position.CompareTo(b.Position));
        return history;
    }

    /// <summary>An event stored in an older shape, read through the store so its upcasters apply (rare).</summary>
    static async Task<object> UpcastAsync(PostgresEventStore store, Row row, CancellationToken ct)
    {
        var e = (await store.ReadStreamAsync(row.StreamId, new ReadStreamOptions { FromVersion = row.Version, ToVersion = row.Version }, ct))[0];
        return row.IsInput
            ? e.Data
            : RecordedEvaluation.FromData(row.StreamId, row.Version, row.Position, row.Json, (SignalsEvaluated)e.Data, store.Serializer.Options);
    }

    sealed record Row(long Position, string StreamId, long Version, bool IsInput, int TypeVersion, byte[] Json, byte[] Hash);
}
