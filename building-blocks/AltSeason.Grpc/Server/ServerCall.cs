using System.Buffers;
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
    // Frames up to this size are written into one contiguous span; larger ones go through IBufferWriter.
    private const int ContiguousFrameLimit = 4096;

    private readonly HttpContext _http;
    private readonly GrpcServerOptions _options;
    private readonly string? _requestEncoding;
    private readonly CancellationTokenSource? _deadlineSource;
    private readonly CancellationTokenSource? _callSource;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private bool _completed;

    public ServerCall(HttpContext http, GrpcMethod method, GrpcServerOptions options, TimeSpan? timeout, string? requestEncoding)
    {
        _http = http;
        _options = options;
        _requestEncoding = requestEncoding;
        Method = method;
        Deadline = DateTime.MaxValue;
        if (timeout is { } limit)
        {
            Deadline = DateTime.UtcNow + limit;
            _deadlineSource = new CancellationTokenSource(limit);
            _callSource = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _deadlineSource.Token);
        }

        Context = new CallContext(this, http);
    }

    public GrpcMethod Method { get; }

    public CallContext Context { get; }

    public DateTime Deadline { get; }

    /// <summary>Without a deadline this is the request's own abort token: no extra source per call.</summary>
    public CancellationToken CancellationToken => _callSource?.Token ?? _http.RequestAborted;

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
            AppendResponseHeaders();
            await _http.Response.StartAsync(CancellationToken);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public Task WriteMessageAsync(IMessage message, CancellationToken cancellationToken = default)
    {
        // Fast path for the common case: gate free, flush done synchronously. No state machine, no allocation.
        if (!cancellationToken.CanBeCanceled && _writeGate.Wait(0, CancellationToken.None))
        {
            ValueTask<FlushResult> flush;
            try
            {
                ThrowIfCompleted();
                // Without a deadline the flush needs no token: an aborted stream completes pending flushes anyway,
                // and registering on the token for every message is measurable in streaming.
                flush = WriteFrameAndFlush(message, _callSource?.Token ?? CancellationToken.None);
            }
            catch
            {
                _writeGate.Release();
                throw;
            }

            if (flush.IsCompletedSuccessfully)
            {
                _writeGate.Release();
                return flush.Result.IsCanceled ? Task.FromCanceled(CancellationToken) : Task.CompletedTask;
            }

            return AwaitFlushAsync(flush);
        }

        return WriteMessageSlowAsync(message, cancellationToken);
    }

    /// <summary>Sends the status; later writes fail. Safe to call more than once: the first status wins.</summary>
    /// <param name="complete">Ends the HTTP response now; only needed when the handler may still be running.</param>
    public async Task CompleteAsync(Status status, bool complete = false)
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
                AppendResponseHeaders();
                response.Headers[GrpcProtocol.StatusHeader] = StatusText(status.Code);
                if (status.Detail.Length > 0)
                {
                    response.Headers[GrpcProtocol.MessageHeader] = PercentEncoding.Encode(status.Detail);
                }

                AppendMetadata(response.Headers, Context.ResponseTrailersOrNull);
            }
            else
            {
                response.AppendTrailer(GrpcProtocol.StatusHeader, StatusText(status.Code));
                if (status.Detail.Length > 0)
                {
                    response.AppendTrailer(GrpcProtocol.MessageHeader, PercentEncoding.Encode(status.Detail));
                }

                foreach (var entry in Context.ResponseTrailersOrNull ?? [])
                {
                    response.AppendTrailer(entry.Key, MetadataCodec.Encode(entry));
                }
            }

            if (complete && !_http.RequestAborted.IsCancellationRequested)
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
        _callSource?.Dispose();
        _deadlineSource?.Dispose();
        _writeGate.Dispose();
    }

    internal static string StatusText(StatusCode code) => code == StatusCode.OK ? "0" : ((int)code).ToString();

    private async Task WriteMessageSlowAsync(IMessage message, CancellationToken cancellationToken)
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
            var flushed = await WriteFrameAndFlush(message, token);
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

    private async Task AwaitFlushAsync(ValueTask<FlushResult> flush)
    {
        try
        {
            if ((await flush).IsCanceled)
            {
                throw new OperationCanceledException(CancellationToken);
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private ValueTask<FlushResult> WriteFrameAndFlush(IMessage message, CancellationToken token)
    {
        if (!_http.Response.HasStarted)
        {
            AppendResponseHeaders();
        }

        var body = _http.Response.BodyWriter;
        if (PreparedMessages.TryGetFrame(message, out var frame) && frame.Length - GrpcProtocol.FrameHeaderSize <= _options.MaxSendMessageSize)
        {
            body.Write(frame);
            return body.FlushAsync(token);
        }

        var size = message.CalculateSize();
        if (size + GrpcProtocol.FrameHeaderSize <= ContiguousFrameLimit && size <= _options.MaxSendMessageSize)
        {
            var span = body.GetSpan(size + GrpcProtocol.FrameHeaderSize);
            MessageFrame.WriteHeader(span, size);
            message.WriteTo(span.Slice(GrpcProtocol.FrameHeaderSize, size));
            body.Advance(size + GrpcProtocol.FrameHeaderSize);
        }
        else
        {
            MessageFrame.Write(body, message, _options.MaxSendMessageSize, "Response");
        }

        return body.FlushAsync(token);
    }

    private void AppendResponseHeaders() => AppendMetadata(_http.Response.Headers, Context.ResponseHeadersOrNull);

    private void ThrowIfCompleted()
    {
        if (_completed)
        {
            throw new InvalidOperationException($"The call {Method.FullName} has already completed; nothing more can be written.");
        }
    }

    private static void AppendMetadata(IHeaderDictionary headers, Metadata? metadata)
    {
        foreach (var entry in metadata ?? [])
        {
            headers.Append(entry.Key, MetadataCodec.Encode(entry));
        }
    }
}
