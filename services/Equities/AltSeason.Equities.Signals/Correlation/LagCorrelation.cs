using System.Runtime.InteropServices;

namespace AltSeason.Equities.Signals.Correlation;

/// <summary>corr(RUT return at t, crypto return at t + Lag): positive lags mean RUT moves first.</summary>
/// <remarks>Every evaluation keeps 2·MaxLag+1 of these; automatic layout packs the two ints together (24 bytes, not 32).</remarks>
[StructLayout(LayoutKind.Auto)]
public readonly record struct LagCorrelation(int Lag, double? Correlation, int Pairs);
