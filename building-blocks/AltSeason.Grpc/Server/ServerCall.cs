using System.IO.Pipelines;
using Google.Protobuf;
using Microsoft.AspNetCore.Http;

namespace AltSeason.Grpc;

/// <summary>
/// One call in progress on the server: owns the deadline, serialises writes, and sends the status
/// exactly once, as trailers after messages or as a Trailers-Only response when nothing was sent.
/// </summary>
internal sealed class ServerCall : IDisposable
{
    private readonly HttpContext _http;
    private readonly GrpcServerOptions _options;
    private readonly string? _requestEncoding;
    private readonly CancellationTokenSource? _deadlineSource;
    private readonly CancellationTokenSource _callSource;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private bool _completed;

    public ServerCall(HttpContext http, GrpcMethod method, GrpcServerOptions options, TimeSpan? timeout, string? requestEncoding)
    {
        _http = http;
        _options = options;
        _requestEncoding = requestEncoding;
        Method = method;
        if (timeout is { } limit)
        {
            Deadline = DateTime.UtcNow + limit;
            _deadlineSource = new CancellationTokenSource(limit);
            _callSource = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _deadlineSource.Token);
        }
        else
        {
            Deadline = DateTime.MaxValue;
            _callSource = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        }

        Context = new CallContext(this, http, MetadataCodec.FromHeaders(http.Request.Headers));
    }

    public GrpcMethod Method { get; }

    public CallContext Context { get; }

    public DateTime Deadline { get; }

    public CancellationToken CancellationToken => _callSource.Token;

    public CancellationToken DeadlineToken => _deadlineSource?.Token ?? CancellationToken.None;

    public bool DeadlineExpired => _deadlineSource?.IsCancellationRequested == true;

    public bool ClientCancelled => _http.RequestAborted.IsCancellationRequested;

    public MessageReader<T> CreateReader<T>(MessageParser<T> parser) where T : IMessage<T> =>
        new(_http.Request.BodyReader, parser, _options.MaxReceiveMessageSize, _requestEncoding, "Request");

    public async Task StartResponseAsync()
    {
        await _writeGate.WaitAsync(CancellationToken);
        try
        {
            ThrowIfCompleted();
            await StartResponseCoreAsync();
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public async Task WriteMessageAsync(IMessage message, CancellationToken cancellationToken = default)
    {
        // The call's own token always applies, so a deadline also stops a write stuck on flow control.
        using var linked = cancellationToken.CanBeCanceled && cancellationToken != CancellationToken
            ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, CancellationToken)
            : null;
        var token = linked?.Token ?? CancellationToken;
        await _writeGate.WaitAsync(token);
        try
        {
            ThrowIfCompleted();
            await StartResponseCoreAsync();
            var body = _http.Response.BodyWriter;
            MessageFrame.Write(body, message, _options.MaxSendMessageSize, "Response");
            var flushed = await body.FlushAsync(token);
            if (flushed.IsCanceled)
            {
                throw new OperationCanceledException(token);
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Sends the status; later writes fail. Safe to call more than once: the first status wins.</summary>
    public async Task CompleteAsync(Status status)
    {
        await _writeGate.WaitAsync();
        try
        {
            if (_completed)
            {
                return;
            }

            _completed = true;
            var response = _http.Response;
            if (!response.HasStarted)
            {
                // Trailers-Only: the status travels in the only HEADERS frame.
                AppendMetadata(response.Headers, Context.ResponseHeaders);
                response.Headers[GrpcProtocol.StatusHeader] = ((int)status.Code).ToString();
                if (status.Detail.Length > 0)
                {
                    response.Headers[GrpcProtocol.MessageHeader] = PercentEncoding.Encode(status.Detail);
                }

                AppendMetadata(response.Headers, Context.ResponseTrailers);
            }
            else
            {
                response.AppendTrailer(GrpcProtocol.StatusHeader, ((int)status.Code).ToString());
                if (status.Detail.Length > 0)
                {
                    response.AppendTrailer(GrpcProtocol.MessageHeader, PercentEncoding.Encode(status.Detail));
                }

                foreach (var entry in Context.ResponseTrailers)
                {
                    response.AppendTrailer(entry.Key, MetadataCodec.Encode(entry));
                }
            }

            if (!_http.RequestAborted.IsCancellationRequested)
            {
                await response.CompleteAsync();
            }
        }
        catch (Exception) when (_http.RequestAborted.IsCancellationRequested)
        {
            // The client is gone; there is nobody to tell.
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public void Dispose()
    {
        _callSource.Dispose();
        _deadlineSource?.Dispose();
        _writeGate.Dispose();
    }

    private async Task StartResponseCoreAsync()
    {
        if (_http.Response.HasStarted)
        {
            return;
        }

        AppendMetadata(_http.Response.Headers, Context.ResponseHeaders);
        await _http.Response.StartAsync(CancellationToken);
    }

    private void ThrowIfCompleted()
    {
        if (_completed)
        {
            throw new InvalidOperationException($"The call {Method.FullName} has already completed; nothing more can be written.");
        }
    }

    private static void AppendMetadata(IHeaderDictionary headers, Metadata metadata)
    {
        foreach (var entry in metadata)
        {
            headers.Append(entry.Key, MetadataCodec.Encode(entry));
        }
    }
}
