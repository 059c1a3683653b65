namespace AltSeason.Equities.Signals.RelativeStrength;

/// <param name="ChangeSessions">N: the ratio's change is measured against N sessions back (a trading month).</param>
/// <param name="PriorHighSessions">M: a break is a ratio above the highest of the prior M sessions (a trading year).</param>
public sealed record RelativeStrengthParameters(int ChangeSessions = 20, int PriorHighSessions = 252);
