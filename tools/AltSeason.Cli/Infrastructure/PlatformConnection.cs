using AltSeason.Grpc;

namespace AltSeason.Cli;

/// <summary>
/// One service of the platform as the CLI sees it: a gRPC client with a deadline per call, and failures
/// translated into messages that name the service, the address tried and what to do about it.
/// </summary>
public sealed class PlatformConnection(string service, Uri address, TimeSpan timeout, string? token = null, ServerTrust? trust = null)
    : IDisposable
{
    private readonly GrpcClient _client = new(address,
        new GrpcClientOptions { MaxRetryAttempts = 2, TrustedServerCertificate = trust?.Certificate }.WithAccessToken(token));

    public string Service => service;

    public Uri Address => address;

    public GrpcClient Client => _client;

    public async Task<T> CallAsync<T>(Func<CallOptions, Task<T>> call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return await call(Options(cancellationToken));
        }
        catch (RpcException ex)
        {
            throw Translate(ex);
        }
    }

    public async Task<List<T>> CollectAsync<T>(Func<CallOptions, IAsyncEnumerable<T>> call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        var items = new List<T>();
        try
        {
            await foreach (var item in call(Options(cancellationToken)))
            {
                items.Add(item);
            }
        }
        catch (RpcException ex)
        {
            throw Translate(ex);
        }

        return items;
    }

    public CliException Translate(RpcException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var detail = exception.Status.Detail;
        if (TlsFailure.Explain(exception, service, address, trust) is { } tls)
        {
            return new CliException(ExitCodes.Unreachable, tls, address, exception);
        }

        return exception.StatusCode switch
        {
            StatusCode.Unavailable => new CliException(ExitCodes.Unreachable,
                $"Could not reach the {service} service at {address} ({detail}). Is the platform running? "
                + $"Start it with `{PlatformServices.StartCommand}` from the repository root, then set "
                + $"{EndpointResolver.VariableFor(service)} to the grpc endpoint it prints (or pass --endpoint).", address, exception),
            StatusCode.DeadlineExceeded => new CliException(ExitCodes.Unreachable,
                $"The {service} service at {address} did not answer within {timeout.TotalSeconds:0} s; raise --timeout or check the platform.",
                address, exception),
            StatusCode.Unauthenticated => new CliException(ExitCodes.Unauthorized,
                $"The {service} service at {address} refused the call: {detail} "
                + (token is null ? "No token was given: pass --token-file FILE or --token TOKEN, or set ALTSEASON_TOKEN; " : "")
                + "mint one with `altseason token mint --scopes SCOPES --key-file <data folder>/auth-signing.key`.", address, exception),
            StatusCode.PermissionDenied => new CliException(ExitCodes.Unauthorized,
                $"The {service} service at {address} refused the call: {detail} Mint a token with that scope (`altseason token mint --scopes ...`).",
                address, exception),
            StatusCode.NotFound => new CliException(ExitCodes.NotFound, $"Not found: {detail}", address, exception),
            StatusCode.InvalidArgument or StatusCode.OutOfRange or StatusCode.FailedPrecondition =>
                new CliException(ExitCodes.Usage, $"The {service} service refused the request: {detail}", address, exception),
            StatusCode.Unimplemented => new CliException(ExitCodes.Failure,
                $"The server at {address} does not offer this call ({detail}). Is it the {service} service's grpc endpoint?", address, exception),
            _ => new CliException(ExitCodes.Failure,
                $"The {service} service at {address} failed: {exception.StatusCode}: {detail}", address, exception),
        };
    }

    public void Dispose() => _client.Dispose();

    private CallOptions Options(CancellationToken cancellationToken) =>
        CallOptions.WithTimeout(timeout, idempotent: false, cancellationToken);
}
