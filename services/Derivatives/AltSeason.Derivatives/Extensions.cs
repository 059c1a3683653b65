using AltSeason.Derivatives.Family;
using AltSeason.Derivatives.Signals;
using AltSeason.SignalServices;

namespace AltSeason.Derivatives;

public static class Extensions
{
    /// <summary>The shared signal-service engine running the derivatives positioning family.</summary>
    public static void AddApplicationServices(this IHostApplicationBuilder builder) =>
        builder.AddSignalService(new DerivativesFamily(new DerivativesParameters(), ContractMap.Default));

    public static WebApplication MapApplicationEndpoints(this WebApplication app) => app.MapSignalService();
}
