using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace AltSeason.Grpc;

/// <summary>
/// Spans and metrics of gRPC calls, named after the OpenTelemetry RPC conventions.
/// Add <see cref="SourceName"/> to the tracer and meter providers to export them.
/// </summary>
public static class GrpcTelemetry
{
    public const string SourceName = "AltSeason.Grpc";

    internal static readonly ActivitySource Source = new(SourceName);

    private static readonly Meter Meter = new(SourceName);

    internal static readonly Counter<long> ServerCalls =
        Meter.CreateCounter<long>("rpc.server.calls", "{call}", "Calls handled, by method and status.");

    internal static readonly Histogram<double> ServerDuration =
        Meter.CreateHistogram<double>("rpc.server.call.duration", "s", "Duration of handled calls, by method and status.");

    internal static readonly Counter<long> ClientCalls =
        Meter.CreateCounter<long>("rpc.client.calls", "{call}", "Calls made, by method and status.");

    internal static readonly Histogram<double> ClientDuration =
        Meter.CreateHistogram<double>("rpc.client.call.duration", "s", "Duration of calls made, by method and status.");

    internal static TagList Tags(string service, string method, StatusCode code) => new()
    {
        { "rpc.system", "grpc" },
        { "rpc.service", service },
        { "rpc.method", method },
        { "rpc.grpc.status_code", (int)code },
    };

    internal static void Record(Activity? activity, Counter<long> calls, Histogram<double> duration,
        string service, string method, StatusCode code, long startTimestamp)
    {
        if (calls.Enabled || duration.Enabled)
        {
            var tags = Tags(service, method, code);
            calls.Add(1, tags);
            duration.Record(Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds, tags);
        }

        if (activity is not null)
        {
            activity.SetTag("rpc.grpc.status_code", (int)code);
            if (code != StatusCode.OK)
            {
                activity.SetStatus(ActivityStatusCode.Error, code.ToString());
            }
        }
    }

    internal static Activity? StartActivity(string fullMethod, string service, string method, ActivityKind kind, ActivityContext parent)
    {
        var activity = Source.StartActivity(fullMethod, kind, parent);
        activity?.SetTag("rpc.system", "grpc");
        activity?.SetTag("rpc.service", service);
        activity?.SetTag("rpc.method", method);
        return activity;
    }
}
