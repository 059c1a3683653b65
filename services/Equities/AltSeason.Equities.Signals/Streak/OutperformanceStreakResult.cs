namespace AltSeason.Equities.Signals.Streak;

/// <param name="Sessions">s_t: consecutive sessions, ending today, on which RUT's log return beat SPX's.</param>
/// <param name="LongestSince">The latest earlier session whose streak was at least <paramref name="Sessions"/>
/// ("the longest streak since ..."); null when the streak is zero or nothing earlier matched it.</param>
/// <param name="LongestSinceSessions">The streak on <paramref name="LongestSince"/>.</param>
public readonly record struct OutperformanceStreakResult(
    int Sessions,
    double Russell2000Return,
    double Sp500Return,
    DateOnly? LongestSince,
    int? LongestSinceSessions);
