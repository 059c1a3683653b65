using AltSeason.Equities.Family;
using AltSeason.Equities.Signals;
using AltSeason.SignalServices;

namespace AltSeason.Equities;

public static class Extensions
{
    /// <summary>The shared signal-service engine running the equities family with its default parameters.</summary>
    public static void AddApplicationServices(this IHostApplicationBuilder builder) =>
        builder.AddSignalService(new EquitiesFamily(new EquitiesParameters()));

    public static WebApplication MapApplicationEndpoints(this WebApplication app) => app.MapSignalService();
}
