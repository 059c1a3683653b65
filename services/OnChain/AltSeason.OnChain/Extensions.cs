using AltSeason.OnChain.Family;
using AltSeason.OnChain.Signals;
using AltSeason.SignalServices;

namespace AltSeason.OnChain;

public static class Extensions
{
    /// <summary>The shared signal-service engine running the on-chain and market-structure family.</summary>
    public static void AddApplicationServices(this IHostApplicationBuilder builder) =>
        builder.AddSignalService(new OnChainFamily(OnChainParameters.Default));

    public static WebApplication MapApplicationEndpoints(this WebApplication app) => app.MapSignalService();
}
