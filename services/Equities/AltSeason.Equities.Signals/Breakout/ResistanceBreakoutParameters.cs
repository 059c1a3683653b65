namespace AltSeason.Equities.Signals.Breakout;

/// <param name="LookbackSessions">N: resistance is the highest close of the prior N sessions.</param>
/// <param name="ConfirmSessions">K: a breakout is confirmed once K consecutive closes held above the level broken.</param>
public sealed record ResistanceBreakoutParameters(int LookbackSessions = 252, int ConfirmSessions = 3);
