using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace AltSeason.ServiceDefaults.Telemetry;

/// <summary>The platform's own ActivitySource and Meter; every <c>AltSeason.*</c> source is exported too.</summary>
public static class PlatformTelemetry
{
    public const string Name = "AltSeason";
    public static readonly ActivitySource Source = new(Name);
    public static readonly Meter Meter = new(Name);
}
