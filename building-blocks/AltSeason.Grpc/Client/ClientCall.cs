using System.Diagnostics;
using System.IO.Pipelines;
using System.Net;
using Google.Protobuf;

namespace AltSeason.Grpc;

/// <summary>
/// One client call: builds the HTTP/2 request, enforces the deadline, reads the status, turns transport
/// failures into <see cref="RpcException"/>s and records telemetry once.
/// </summary>
internal sealed class ClientCall : IDisposable
{
    private readonly HttpClient _http;
    private readonly string _method;
    private readonly CallOptions _options;
    private readonly GrpcClientOptions _clientOptions;
    private readonly CancellationTokenSource _source;
    private readonly long _start = Stopwatch.GetTimestamp();
    private readonly Activity? _activity;
    private readonly string _service;
    private readonly string _methodName;
    private HttpResponseMessage? _response;
    private bool _recorded;

    public ClientCall(HttpClient http, string method, CallOptions options, GrpcClientOptions clientOptions, CancellationToken extraToken = default)
    {
        var slash = method.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == method.Length - 1 || method.IndexOf('/', slash + 1) >= 0)
        {
            throw new ArgumentException($"Method '{method}' must look like 'package.Service/Method'.", nameof(method));
        }

        _http = http;
        _method = method;
        _service = method[..slash];
        _methodName = method[(slash + 1)..];
        _options = options;
        _clientOptions = clientOptions;
        _source = CancellationTokenSource.CreateLinkedTokenSource(options.CancellationToken, extraToken);
        _activity = GrpcTelemetry.Source.HasListeners()
            ? GrpcTelemetry.StartActivity(method, _service, _methodName, ActivityKind.Client, Activity.Current?.Context ?? default)
            : null;
    }

    public CancellationToken Token => _source.Token;

    public async Task<HttpResponseMessage> SendAsync(HttpContent content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_method, UriKind.Relative))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = content,
        };
        request.Headers.TryAddWithoutValidation("te", "trailers");
        request.Headers.TryAddWithoutValidation(GrpcProtocol.AcceptEncodingHeader, GrpcProtocol.SupportedEncodings);
        request.Headers.TryAddWithoutValidation("user-agent", "altseason-grpc/1.0");
        if (_options.Deadline is { } deadline)
        {
            var remaining = deadline.ToUniversalTime() - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero)
            {
                throw Fail(new RpcException(StatusCode.DeadlineExceeded, "Deadline exceeded before the call started."));
            }

            request.Headers.TryAddWithoutValidation(GrpcProtocol.TimeoutHeader, GrpcTimeout.Format(remaining));
            _source.CancelAfter(remaining);
        }

        if (_clientOptions.AccessToken?.Invoke() is { Length: > 0 } token)
        {
            request.Headers.TryAddWithoutValidation(GrpcProtocol.AuthorizationHeader, "Bearer " + token);
        }

        foreach (var entry in _options.Headers ?? [])
        {
            request.Headers.TryAddWithoutValidation(entry.Key, MetadataCodec.Encode(entry));
        }

        if (_activity is not null)
        {
            DistributedContextPropagator.Current.Inject(_activity, request.Headers,
                static (carrier, key, value) => ((System.Net.Http.Headers.HttpRequestHeaders)carrier!).TryAddWithoutValidation(key, value));
        }

        try
        {
            _response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Token);
        }
        catch (Exception ex)
        {
            throw Fail(ex);
        }

        if (_response.StatusCode != HttpStatusCode.OK)
        {
            var trailersOnly = ResponseStatus.FromHeaders(_response.Headers);
            throw Fail(new RpcException(new Status(ResponseStatus.FromHttpStatus(_response.StatusCode),
                $"HTTP status {(int)_response.StatusCode} from {_method}. {trailersOnly?.Detail}".Trim()),
                Metadata(_response.Headers)));
        }

        if (ResponseStatus.FromHeaders(_response.Headers) is { } status)
        {
            // Trailers-Only: no messages follow.
            if (status.Code != StatusCode.OK)
            {
                throw Fail(new RpcException(status, Metadata(_response.Headers)));
            }
        }
        else if (!GrpcProtocol.IsGrpcContentType(_response.Content.Headers.ContentType?.MediaType))
        {
            throw Fail(new RpcException(StatusCode.Internal,
                $"Response from {_method} has content type '{_response.Content.Headers.ContentType}', not gRPC."));
        }

        return _response;
    }

    public async Task<MessageReader<T>> CreateReaderAsync<T>(HttpResponseMessage response) where T : IMessage<T>, new()
    {
        var stream = await response.Content.ReadAsStreamAsync(Token);
        var encoding = response.Headers.TryGetValues(GrpcProtocol.EncodingHeader, out var values) ? values.FirstOrDefault() : null;
        return new MessageReader<T>(PipeReader.Create(stream), ParserCache<T>.Parser, _clientOptions.MaxReceiveMessageSize, encoding, "Response");
    }

    /// <summary>After the last message: the status from the trailers (or Trailers-Only headers); throws unless OK.</summary>
    public Metadata Finish(HttpResponseMessage response)
    {
        var status = ResponseStatus.FromHeaders(response.Headers) ?? ResponseStatus.FromHeaders(response.TrailingHeaders)
            ?? new Status(StatusCode.Internal, $"Response from {_method} ended without a grpc-status.");
        var trailers = Metadata(response.TrailingHeaders);
        if (status.Code != StatusCode.OK)
        {
            throw Fail(new RpcException(status, trailers));
        }

        Record(StatusCode.OK);
        return trailers;
    }

    /// <summary>Turns any failure into the RpcException the caller sees, and records it.</summary>
    public RpcException Fail(Exception exception)
    {
        var rpc = exception switch
        {
            RpcException already => already,
            // Our own request content (e.g. a client-streamed message over the size limit) failed inside HttpClient.
            { InnerException: RpcException inner } => inner,
            OperationCanceledException or IOException when _options.CancellationToken.IsCancellationRequested =>
                new RpcException(new Status(StatusCode.Cancelled, "The call was cancelled by the caller."), null, exception),
            OperationCanceledException or IOException when _source.IsCancellationRequested =>
                new RpcException(new Status(StatusCode.DeadlineExceeded, "Deadline exceeded."), null, exception),
            HttpRequestException { InnerException: HttpProtocolException protocol } => FromProtocol(protocol),
            HttpProtocolException protocol => FromProtocol(protocol),
            IOException { InnerException: HttpProtocolException protocol } => FromProtocol(protocol),
            HttpRequestException http => new RpcException(
                new Status(StatusCode.Unavailable, $"Could not reach {_http.BaseAddress}: {http.Message}"), null, http),
            IOException io => new RpcException(new Status(StatusCode.Unavailable, $"Connection failed: {io.Message}"), null, io),
            _ => new RpcException(new Status(StatusCode.Internal, $"Call failed: {exception.Message}"), null, exception),
        };
        Record(rpc.StatusCode);
        return rpc;
    }

    public void Dispose()
    {
        Record(StatusCode.Cancelled);
        _activity?.Dispose();
        _response?.Dispose();
        _source.Dispose();
    }

    private RpcException FromProtocol(HttpProtocolException protocol)
    {
        // RST_STREAM codes: CANCEL (8) is a cancellation; REFUSED_STREAM (7) means nothing ran, so it may be retried.
        var code = protocol.ErrorCode switch
        {
            8 => StatusCode.Cancelled,
            7 => StatusCode.Unavailable,
            _ => StatusCode.Internal,
        };
        return new RpcException(new Status(code, $"HTTP/2 stream error {protocol.ErrorCode} on {_method}: {protocol.Message}"), null, protocol);
    }

    private void Record(StatusCode code)
    {
        if (_recorded)
        {
            return;
        }

        _recorded = true;
        GrpcTelemetry.Record(_activity, GrpcTelemetry.ClientCalls, GrpcTelemetry.ClientDuration, _service, _methodName, code, _start);
    }

    internal static Metadata Metadata(System.Net.Http.Headers.HttpHeaders headers)
    {
        try
        {
            return MetadataCodec.FromHeaders(headers);
        }
        catch (Exception ex) when (ex is ArgumentException or RpcException)
        {
            return [];
        }
    }
}
