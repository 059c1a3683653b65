using Google.Protobuf;

namespace AltSeason.Grpc;

/// <summary>Reads the response messages of a client call, then its status.</summary>
internal static class ResponseMessages
{
    public static async Task<GrpcResponse<TResponse>> ReadSingleAsync<TResponse>(ClientCall call, HttpResponseMessage response, string method)
        where TResponse : IMessage<TResponse>, new()
    {
        TResponse? message;
        try
        {
            var reader = await call.CreateReaderAsync<TResponse>(response);
            message = await reader.ReadAsync(call.Token);
            if (message is not null && await reader.ReadAsync(call.Token) is not null)
            {
                throw new RpcException(StatusCode.Internal, $"Response from {method} has more than one message.");
            }
        }
        catch (Exception ex)
        {
            throw call.Fail(ex);
        }

        var trailers = call.Finish(response);
        return message is null
            ? throw call.Fail(new RpcException(StatusCode.Internal, $"Response from {method} has no message."))
            : new GrpcResponse<TResponse>(message, ClientCall.Metadata(response.Headers), trailers);
    }

    public static async IAsyncEnumerable<TResponse> ReadAllAsync<TResponse>(ClientCall call, HttpResponseMessage response)
        where TResponse : IMessage<TResponse>, new()
    {
        MessageReader<TResponse> reader;
        try
        {
            reader = await call.CreateReaderAsync<TResponse>(response);
        }
        catch (Exception ex)
        {
            throw call.Fail(ex);
        }

        while (true)
        {
            TResponse? message;
            try
            {
                message = await reader.ReadAsync(call.Token);
            }
            catch (Exception ex)
            {
                throw call.Fail(ex);
            }

            if (message is null)
            {
                break;
            }

            yield return message;
        }

        call.Finish(response);
    }
}
