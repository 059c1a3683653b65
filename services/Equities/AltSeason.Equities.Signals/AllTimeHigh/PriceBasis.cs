namespace AltSeason.Equities.Signals.AllTimeHigh;

/// <summary>Which price defines a record: the session close, or the intraday high.</summary>
public enum PriceBasis
{
    Close,
    High,
}
