using System.Runtime.CompilerServices;
using Google.Protobuf;
using Polly;
using Polly.Retry;

namespace AltSeason.Grpc;

/// <summary>
/// Calls gRPC methods over an HTTP/2 <see cref="HttpClient"/> by full method name,
/// e.g. <c>await client.UnaryAsync&lt;GetScoreRequest, ScoreEvaluation&gt;("altseason.v1.Scoring/GetScore", request)</c>.
/// Thread-safe; keep one per target service.
/// </summary>
public sealed class GrpcClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly GrpcClientOptions _options;
    private readonly ResiliencePipeline _retry;

    /// <summary>A client with its own HTTP/2 handler: h2c prior knowledge for http://, TLS for https:// (trusting <see cref="GrpcClientOptions.TrustedServerCertificate"/>).</summary>
    public GrpcClient(Uri address, GrpcClientOptions? options = null)
        : this(new HttpClient(GrpcHttpHandler.Create(options?.TrustedServerCertificate)) { BaseAddress = address, Timeout = Timeout.InfiniteTimeSpan },
            options, ownsHttp: true)
    {
    }

    /// <summary>A client over an existing HttpClient, whose <see cref="HttpClient.BaseAddress"/> is the server.</summary>
    public GrpcClient(HttpClient httpClient, GrpcClientOptions? options = null) : this(httpClient, options, ownsHttp: false)
    {
    }

    private GrpcClient(HttpClient httpClient, GrpcClientOptions? options, bool ownsHttp)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        if (httpClient.BaseAddress is null)
        {
            throw new ArgumentException("The HttpClient needs a BaseAddress: the gRPC server's address.", nameof(httpClient));
        }

        _http = httpClient;
        _ownsHttp = ownsHttp;
        _options = options ?? new GrpcClientOptions();
        _retry = BuildRetry(_options);
    }

    public Uri Address => _http.BaseAddress!;

    public async Task<TResponse> UnaryAsync<TRequest, TResponse>(string method, TRequest request, CallOptions? options = null)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse>, new() =>
        (await UnaryCallAsync<TRequest, TResponse>(method, request, options)).Message;

    /// <summary>Like <see cref="UnaryAsync"/>, also returning the response headers and trailers.</summary>
    public Task<GrpcResponse<TResponse>> UnaryCallAsync<TRequest, TResponse>(string method, TRequest request, CallOptions? options = null)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse>, new()
    {
        ArgumentNullException.ThrowIfNull(request);
        options ??= CallOptions.Default;
        var frame = Frame(request);
        return options.Idempotent
            ? _retry.ExecuteAsync(async token => await UnaryOnceAsync<TResponse>(method, frame, options, token), options.CancellationToken).AsTask()
            : UnaryOnceAsync<TResponse>(method, frame, options, default);
    }

    public async IAsyncEnumerable<TResponse> ServerStreamingAsync<TRequest, TResponse>(
        string method, TRequest request, CallOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse>, new()
    {
        ArgumentNullException.ThrowIfNull(request);
        using var call = new ClientCall(_http, method, options ?? CallOptions.Default, _options, cancellationToken);
        var response = await call.SendAsync(new FramedContent(Frame(request)));
        await foreach (var message in ResponseMessages.ReadAllAsync<TResponse>(call, response))
        {
            yield return message;
        }
    }

    public async Task<GrpcResponse<TResponse>> ClientStreamingAsync<TRequest, TResponse>(
        string method, IAsyncEnumerable<TRequest> requests, CallOptions? options = null)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse>, new()
    {
        ArgumentNullException.ThrowIfNull(requests);
        using var call = new ClientCall(_http, method, options ?? CallOptions.Default, _options);
        var response = await call.SendAsync(new StreamingContent<TRequest>(requests, _options.MaxSendMessageSize));
        return await ResponseMessages.ReadSingleAsync<TResponse>(call, response, method);
    }

    public async IAsyncEnumerable<TResponse> DuplexStreamingAsync<TRequest, TResponse>(
        string method, IAsyncEnumerable<TRequest> requests, CallOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse>, new()
    {
        ArgumentNullException.ThrowIfNull(requests);
        using var call = new ClientCall(_http, method, options ?? CallOptions.Default, _options, cancellationToken);
        var response = await call.SendAsync(new StreamingContent<TRequest>(requests, _options.MaxSendMessageSize));
        await foreach (var message in ResponseMessages.ReadAllAsync<TResponse>(call, response))
        {
            yield return message;
        }
    }

    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    private async Task<GrpcResponse<TResponse>> UnaryOnceAsync<TResponse>(string method, byte[] frame, CallOptions options, CancellationToken retryToken)
        where TResponse : IMessage<TResponse>, new()
    {
        using var call = new ClientCall(_http, method, options, _options, retryToken);
        var response = await call.SendAsync(new FramedContent(frame));
        return await ResponseMessages.ReadSingleAsync<TResponse>(call, response, method);
    }

    private byte[] Frame(IMessage request)
    {
        var size = request.CalculateSize();
        return size <= _options.MaxSendMessageSize
            ? MessageFrame.ToArray(request)
            : throw new RpcException(StatusCode.ResourceExhausted,
                $"Request message of {size} bytes exceeds the limit of {_options.MaxSendMessageSize} bytes.");
    }

    private static ResiliencePipeline BuildRetry(GrpcClientOptions options) => options.MaxRetryAttempts <= 0
        ? ResiliencePipeline.Empty
        : new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
        {
            // UNAVAILABLE means the server did not process the call; other codes may mean it did.
            ShouldHandle = new PredicateBuilder().Handle<RpcException>(ex => ex.StatusCode == StatusCode.Unavailable),
            MaxRetryAttempts = options.MaxRetryAttempts,
            Delay = options.RetryBaseDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
        }).Build();
}
