using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AltSeason.Grpc;

/// <summary>
/// The request delegate behind every gRPC route: checks the request, runs the handler under its deadline
/// and turns the outcome into a status. Immediate errors go out as Trailers-Only responses.
/// </summary>
internal sealed class ServerCallHandler(GrpcMethod method, GrpcServerOptions options, ILogger logger, Func<ServerCall, Task> invoke)
{
    public async Task HandleAsync(HttpContext http)
    {
        var start = Stopwatch.GetTimestamp();
        using var activity = StartActivity(http);
        var code = await HandleCoreAsync(http);
        GrpcTelemetry.Record(activity, GrpcTelemetry.ServerCalls, GrpcTelemetry.ServerDuration,
            method.ServiceName, method.Name, code, start);
    }

    private async Task<StatusCode> HandleCoreAsync(HttpContext http)
    {
        var request = http.Request;
        var response = http.Response;
        if (!GrpcProtocol.IsGrpcContentType(request.ContentType))
        {
            // 415 keeps plain HTTP clients from mistaking the error for success (a gRPC error is HTTP 200).
            response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return WriteImmediate(response, new Status(StatusCode.Internal,
                $"Content-Type '{request.ContentType}' is not supported; gRPC needs '{GrpcProtocol.ContentType}'."));
        }

        response.ContentType = GrpcProtocol.ContentType;
        response.Headers[GrpcProtocol.AcceptEncodingHeader] = GrpcProtocol.SupportedEncodings;
        if (!HttpProtocol.IsHttp2(request.Protocol) && !HttpProtocol.IsHttp3(request.Protocol))
        {
            response.StatusCode = StatusCodes.Status426UpgradeRequired;
            return WriteImmediate(response, new Status(StatusCode.Internal, $"gRPC needs HTTP/2; the request used {request.Protocol}."));
        }

        TimeSpan? timeout = null;
        var timeoutText = request.Headers[GrpcProtocol.TimeoutHeader].ToString();
        if (timeoutText.Length > 0)
        {
            if (!GrpcTimeout.TryParse(timeoutText, out var parsed))
            {
                return WriteImmediate(response, new Status(StatusCode.InvalidArgument,
                    $"grpc-timeout '{timeoutText}' is malformed: expected up to 8 digits and a unit (H, M, S, m, u, n)."));
            }

            // Longer than a CancellationTokenSource can wait is as good as no deadline.
            timeout = parsed.TotalMilliseconds < int.MaxValue - 1 ? parsed : null;
        }

        var encoding = request.Headers[GrpcProtocol.EncodingHeader].ToString();
        if (encoding.Length > 0 && encoding is not ("identity" or "gzip"))
        {
            return WriteImmediate(response, new Status(StatusCode.Unimplemented,
                $"grpc-encoding '{encoding}' is not supported; this server reads {GrpcProtocol.SupportedEncodings}."));
        }

        using var call = new ServerCall(http, method, options, timeout, encoding.Length == 0 ? null : encoding);
        var status = await RunAsync(call);
        await call.CompleteAsync(status);
        return status.Code;
    }

    private async Task<Status> RunAsync(ServerCall call)
    {
        var handler = InvokeSafelyAsync(call);
        if (call.Deadline != DateTime.MaxValue)
        {
            var deadline = Task.Delay(Timeout.Infinite, call.DeadlineToken);
            if (await Task.WhenAny(handler, deadline) != handler)
            {
                // Tell the caller now; the handler sees its token cancelled and is awaited so it cannot touch a recycled request.
                await call.CompleteAsync(new Status(StatusCode.DeadlineExceeded, "Deadline exceeded."), complete: true);
                await handler;
                return new Status(StatusCode.DeadlineExceeded, "Deadline exceeded.");
            }
        }

        return await handler;
    }

    private async Task<Status> InvokeSafelyAsync(ServerCall call)
    {
        try
        {
            await invoke(call);
            return Status.Ok;
        }
        catch (Exception ex)
        {
            return ToStatus(call, ex);
        }
    }

    private Status ToStatus(ServerCall call, Exception ex)
    {
        if (ex is RpcException rpc)
        {
            foreach (var entry in rpc.Trailers)
            {
                call.Context.ResponseTrailers.Add(entry);
            }

            return rpc.Status;
        }

        if (call.DeadlineExpired && ex is OperationCanceledException or IOException)
        {
            return new Status(StatusCode.DeadlineExceeded, "Deadline exceeded.");
        }

        if (call.ClientCancelled)
        {
            return new Status(StatusCode.Cancelled, "The client cancelled the call.");
        }

        foreach (var map in options.ExceptionMappings)
        {
            if (map(ex) is { } mapped)
            {
                return mapped;
            }
        }

        logger.LogError(ex, "gRPC method {Method} failed", method.FullName);
        return new Status(StatusCode.Unknown, options.EnableDetailedErrors
            ? $"Exception was thrown by handler: {ex.GetType().Name}: {ex.Message}"
            : "Exception was thrown by handler.");
    }

    private static StatusCode WriteImmediate(HttpResponse response, Status status)
    {
        response.Headers[GrpcProtocol.StatusHeader] = ServerCall.StatusText(status.Code);
        response.Headers[GrpcProtocol.MessageHeader] = PercentEncoding.Encode(status.Detail);
        return status.Code;
    }

    private Activity? StartActivity(HttpContext http)
    {
        if (!GrpcTelemetry.Source.HasListeners())
        {
            return null;
        }

        // ASP.NET Core's request activity already continues the caller's trace when it exists.
        var parent = Activity.Current?.Context ?? default;
        if (Activity.Current is null
            && ActivityContext.TryParse(http.Request.Headers[GrpcProtocol.TraceParentHeader], http.Request.Headers[GrpcProtocol.TraceStateHeader], out var remote))
        {
            parent = remote;
        }

        return GrpcTelemetry.StartActivity(method.FullName, method.ServiceName, method.Name, ActivityKind.Server, parent);
    }
}
