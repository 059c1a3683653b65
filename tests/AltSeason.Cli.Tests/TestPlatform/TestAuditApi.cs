using System.Security.Cryptography;
using System.Text;
using AltSeason.Contracts.V1;
using AltSeason.Grpc;
using AltSeason.Grpc.Contracts;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace AltSeason.TestPlatform;

/// <summary>
/// <c>altseason.v1.Audit</c> over a small hash-chained log: one stream per scored date (<c>score-v1-YYYY-MM-DD</c>)
/// and the two-event stream <see cref="TamperedStream"/> whose second event's data was changed after hashing.
/// Verify and Replay really check the hashes.
/// </summary>
public sealed class TestAuditApi
{
    public const string TamperedStream = "score-v1-tampered";
    public static readonly DateTimeOffset RecordedAt = new(2026, 2, 20, 12, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<AuditEvent> Events { get; } = Build();

    public static string StreamOf(DateOnly date) => $"score-v1-{date:yyyy-MM-dd}";

    public static async Task History(HistoryRequest request, IServerStreamWriter<AuditEvent> writer, CallContext context)
    {
        var stream = Events.Where(e => e.StreamId == request.StreamId).ToList();
        if (stream.Count == 0)
        {
            throw new RpcException(StatusCode.NotFound, $"No stream '{request.StreamId}'.");
        }

        foreach (var e in stream.Where(e => e.Version >= request.FromVersion))
        {
            await writer.WriteAsync(e, context.CancellationToken);
        }
    }

    public static Task<AuditEvent> AsOf(AsOfRequest request, CallContext context)
    {
        var stream = request.StreamId.Length > 0 ? request.StreamId
            : request.Family == "score" ? StreamOf(request.AsOf.ToDateOnly("as_of"))
            : throw new RpcException(StatusCode.InvalidArgument, $"family '{request.Family}' has no streams here; use 'score'.");
        var knownAt = request.KnownAt?.ToDateTimeOffset() ?? DateTimeOffset.MaxValue;
        var found = Events.Where(e => e.StreamId == stream && e.RecordedAt.ToDateTimeOffset() <= knownAt).LastOrDefault();
        return Task.FromResult(found ?? throw new RpcException(StatusCode.NotFound, $"Nothing was known about '{stream}' at {knownAt:O}."));
    }

    public static Task<ReplayReport> Replay(ReplayRequest request, CallContext context)
    {
        var events = Events.Where(e => e.StreamId.StartsWith(request.StreamPrefix, StringComparison.Ordinal)).ToList();
        var report = new ReplayReport { EventsReplayed = events.Count };
        foreach (var e in events.Where(e => Hash(e.DataJson) != e.Sha256))
        {
            report.Details.Add(new ReplayDifference { StreamId = e.StreamId, Version = e.Version, Field = "scorePoints", Expected = e.DataJson, Actual = "recomputed" });
        }

        report.Differences = report.Details.Count;
        return Task.FromResult(report);
    }

    public static Task<VerifyReport> Verify(VerifyRequest request, CallContext context)
    {
        var events = Events.Where(e => request.StreamId.Length == 0 || e.StreamId == request.StreamId).ToList();
        var report = new VerifyReport { Ok = true, StreamsChecked = events.Select(e => e.StreamId).Distinct().Count(), EventsChecked = events.Count };
        foreach (var stream in events.GroupBy(e => e.StreamId))
        {
            var previous = "";
            foreach (var e in stream.OrderBy(e => e.Version))
            {
                var reason = Hash(e.DataJson) != e.Sha256 ? "sha256 does not match the event data"
                    : e.PreviousSha256 != previous ? "previous_sha256 does not match the previous event" : null;
                if (reason is not null && report.Ok)
                {
                    report.Ok = false;
                    report.FirstBroken = new BrokenLink { StreamId = e.StreamId, Version = e.Version, Reason = reason };
                }

                previous = e.Sha256;
            }
        }

        return Task.FromResult(report);
    }

    /// <summary>Reports the log as if rebuilt: every event applied, one row per stream in a <c>scores</c> table.</summary>
    public static Task<RebuildReport> Rebuild(RebuildRequest request, CallContext context)
    {
        var streams = Events.Select(e => e.StreamId).Distinct().Count();
        var report = new RebuildReport { EventsApplied = Events.Count };
        report.Tables.Add(new RebuiltTable { Name = "scores", RowsBefore = streams, RowsAfter = streams });
        return Task.FromResult(report);
    }

    public static string Hash(string data) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(data)));

    private static List<AuditEvent> Build()
    {
        var events = new List<AuditEvent>();
        for (var i = 0; i < TestData.ScoreDates.Count; i++)
        {
            events.Add(Event(StreamOf(TestData.ScoreDates[i]), 1, events.Count + 1, JsonFormatter.Default.Format(TestData.Score(i)), ""));
        }

        var first = Event(TamperedStream, 1, events.Count + 1, "{\"scorePoints\":40}", "");
        var second = Event(TamperedStream, 2, events.Count + 2, "{\"scorePoints\":41}", first.Sha256);
        second.DataJson = "{\"scorePoints\":99}";
        events.AddRange([first, second]);
        return events;
    }

    private static AuditEvent Event(string stream, long version, long position, string data, string previous) => new()
    {
        StreamId = stream,
        Version = version,
        GlobalPosition = position,
        EventType = "AltSeasonScoreEvaluated",
        DataJson = data,
        RecordedAt = Timestamp.FromDateTimeOffset(RecordedAt.AddMinutes(position)),
        Sha256 = Hash(data),
        PreviousSha256 = previous,
    };
}
