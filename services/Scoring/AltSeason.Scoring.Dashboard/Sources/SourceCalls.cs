using AltSeason.Grpc;

namespace AltSeason.Scoring.Dashboard.Sources;

/// <summary>Runs a gRPC read and turns failures other than NOT_FOUND into <see cref="SourceUnavailableException"/>.</summary>
internal static class SourceCalls
{
    public static async Task<List<T>> CollectAsync<T>(string service, Func<IAsyncEnumerable<T>> call)
    {
        var items = new List<T>();
        try
        {
            await foreach (var item in call())
            {
                items.Add(item);
            }
        }
        catch (RpcException ex)
        {
            throw new SourceUnavailableException(service, null, $"{ex.StatusCode}: {ex.Status.Detail}", ex);
        }

        return items;
    }

    /// <summary>Null when the service answers NOT_FOUND.</summary>
    public static async Task<T?> FindAsync<T>(string service, Func<Task<T>> call) where T : class
    {
        try
        {
            return await call();
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
            return null;
        }
        catch (RpcException ex)
        {
            throw new SourceUnavailableException(service, null, $"{ex.StatusCode}: {ex.Status.Detail}", ex);
        }
    }
}
