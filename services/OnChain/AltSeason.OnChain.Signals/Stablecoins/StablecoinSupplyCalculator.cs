namespace AltSeason.OnChain.Signals;

/// <summary>Stablecoin supply change, only where <c>crypto/global</c> supplies a stablecoin market cap.</summary>
public static class StablecoinSupplyCalculator
{
    public static StablecoinSupplyReading? Evaluate(DateOnly date, GlobalMetrics global, StablecoinParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(global);
        ArgumentNullException.ThrowIfNull(parameters);
        var supply = global.StablecoinMarketCapUsd;
        if (!supply.TryGetValue(date, out var now)) return null;
        if (!supply.TryGetValue(date.AddDays(-parameters.ChangeDays), out var then))
            return new(now, null, null, parameters.ChangeDays);
        return new(now, now - then, (now / then - 1) * 100, parameters.ChangeDays);
    }
}
