using Google.Protobuf;

namespace AltSeason.Grpc;

/// <summary>
/// Adapts an implementation method of each call shape to the common <c>Func&lt;ServerCall, Task&gt;</c>.
/// Built once per method at start-up through <see cref="MethodBinder"/>, so a call costs no reflection.
/// </summary>
internal static class MethodInvokers
{
    public static Func<ServerCall, Task> Unary<TService, TRequest, TResponse>(
        Func<TService, TRequest, CallContext, Task<TResponse>> method, MessageParser<TRequest> parser, bool isStatic)
        where TService : class where TRequest : IMessage<TRequest> where TResponse : IMessage<TResponse>
    {
        var activator = new ServiceActivator<TService>(isStatic);
        return async call =>
        {
            var request = await ReadSingleAsync(call, parser);
            var (service, created) = activator.Create(call.Context.HttpContext);
            try
            {
                var response = await method(service, request, call.Context)
                    ?? throw new InvalidOperationException($"{call.Method.FullName} returned no response message.");
                await call.WriteMessageAsync(response);
            }
            finally
            {
                await ServiceActivator<TService>.ReleaseAsync(service, created);
            }
        };
    }

    public static Func<ServerCall, Task> ServerStreaming<TService, TRequest, TResponse>(
        Func<TService, TRequest, IServerStreamWriter<TResponse>, CallContext, Task> method, MessageParser<TRequest> parser, bool isStatic)
        where TService : class where TRequest : IMessage<TRequest> where TResponse : IMessage<TResponse>
    {
        var activator = new ServiceActivator<TService>(isStatic);
        return async call =>
        {
            var request = await ReadSingleAsync(call, parser);
            var (service, created) = activator.Create(call.Context.HttpContext);
            try
            {
                await method(service, request, new ServerStreamWriter<TResponse>(call), call.Context);
            }
            finally
            {
                await ServiceActivator<TService>.ReleaseAsync(service, created);
            }
        };
    }

    public static Func<ServerCall, Task> ClientStreaming<TService, TRequest, TResponse>(
        Func<TService, IAsyncEnumerable<TRequest>, CallContext, Task<TResponse>> method, MessageParser<TRequest> parser, bool isStatic)
        where TService : class where TRequest : IMessage<TRequest> where TResponse : IMessage<TResponse>
    {
        var activator = new ServiceActivator<TService>(isStatic);
        return async call =>
        {
            var (service, created) = activator.Create(call.Context.HttpContext);
            try
            {
                var response = await method(service, ReadAllAsync(call, parser), call.Context)
                    ?? throw new InvalidOperationException($"{call.Method.FullName} returned no response message.");
                await call.WriteMessageAsync(response);
            }
            finally
            {
                await ServiceActivator<TService>.ReleaseAsync(service, created);
            }
        };
    }

    public static Func<ServerCall, Task> DuplexStreaming<TService, TRequest, TResponse>(
        Func<TService, IAsyncEnumerable<TRequest>, IServerStreamWriter<TResponse>, CallContext, Task> method,
        MessageParser<TRequest> parser, bool isStatic)
        where TService : class where TRequest : IMessage<TRequest> where TResponse : IMessage<TResponse>
    {
        var activator = new ServiceActivator<TService>(isStatic);
        return async call =>
        {
            var (service, created) = activator.Create(call.Context.HttpContext);
            try
            {
                await method(service, ReadAllAsync(call, parser), new ServerStreamWriter<TResponse>(call), call.Context);
            }
            finally
            {
                await ServiceActivator<TService>.ReleaseAsync(service, created);
            }
        };
    }

    private static async Task<TRequest> ReadSingleAsync<TRequest>(ServerCall call, MessageParser<TRequest> parser)
        where TRequest : IMessage<TRequest>
    {
        var reader = call.CreateReader(parser);
        var request = await reader.ReadAsync(call.CancellationToken)
            ?? throw new RpcException(StatusCode.Internal, $"Request for {call.Method.FullName} has no message; exactly one is needed.");
        if (await reader.ReadAsync(call.CancellationToken) is not null)
        {
            throw new RpcException(StatusCode.Internal, $"Request for {call.Method.FullName} has more than one message; exactly one is needed.");
        }

        return request;
    }

    private static async IAsyncEnumerable<TRequest> ReadAllAsync<TRequest>(ServerCall call, MessageParser<TRequest> parser)
        where TRequest : IMessage<TRequest>
    {
        var reader = call.CreateReader(parser);
        while (await reader.ReadAsync(call.CancellationToken) is { } message)
        {
            yield return message;
        }
    }
}
