namespace AltSeason.Equities.Signals.AllTimeHigh;

/// <param name="IsNewHigh">The basis price beat every earlier one (the first session of a series beats nothing).</param>
/// <param name="AllTimeHigh">Running maximum of the basis price up to and including this session.</param>
/// <param name="DistanceToHigh">close / all-time high − 1: zero at a closing record, negative below it.</param>
public readonly record struct AllTimeHighResult(
    PriceBasis Basis,
    bool IsNewHigh,
    double AllTimeHigh,
    DateOnly AllTimeHighDate,
    int SessionsSinceHigh,
    int CalendarDaysSinceHigh,
    double DistanceToHigh);
