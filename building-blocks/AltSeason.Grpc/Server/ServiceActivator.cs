using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AltSeason.Grpc;

/// <summary>
/// Gets the service implementation for one call: from DI when registered (any lifetime), otherwise a new
/// instance per call with constructor injection, disposed after the call.
/// </summary>
/// <param name="handlerIsStatic">A static handler needs no instance, so a call creates nothing (not even a DI scope).</param>
internal sealed class ServiceActivator<TService>(bool handlerIsStatic) where TService : class
{
    private readonly ObjectFactory? _factory = handlerIsStatic ? null : ActivatorUtilities.CreateFactory(typeof(TService), Type.EmptyTypes);

    public (TService Service, bool Created) Create(HttpContext http)
    {
        if (_factory is null)
        {
            return (null!, false);
        }

        var registered = http.RequestServices.GetService<TService>();
        return registered is not null ? (registered, false) : ((TService)_factory(http.RequestServices, null), true);
    }

    public static async ValueTask ReleaseAsync(TService service, bool created)
    {
        if (!created)
        {
            return;
        }

        if (service is IAsyncDisposable asyncDisposable)
        {
            await asyncDisposable.DisposeAsync();
        }
        else if (service is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }
}
