namespace AltSeason.Derivatives.Signals.Funding;

/// <summary>Funding arithmetic: exchanges charge every h hours (8 on Binance, 4 or 1 on some symbols).</summary>
public static class FundingRate
{
    /// <summary>The rate an 8-hour interval would carry: r·8/h.</summary>
    public static double ToEightHours(double rate, double intervalHours) => rate * 8 / intervalHours;

    /// <summary>Simple (not compounded) annual rate: r·(24/h)·365.</summary>
    public static double Annualise(double rate, double intervalHours) => rate * (24 / intervalHours) * 365;
}
