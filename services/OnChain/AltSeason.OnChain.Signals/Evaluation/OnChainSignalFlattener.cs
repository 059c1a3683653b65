using AltSeason.TimeSeries;
using N = AltSeason.OnChain.Signals.OnChainSignalNames;
using U = AltSeason.OnChain.Signals.SignalUnits;

namespace AltSeason.OnChain.Signals;

/// <summary>
/// Flattens an evaluation into <see cref="SignalValue"/>s in a fixed order. Market-wide signals are always written
/// (null when undefined that day) so a consumer can tell "not computable" from "not published"; per-token and
/// per-coin signals only for tokens and coins with data that day. Drawdowns are written in percent.
/// </summary>
internal static class OnChainSignalFlattener
{
    public static IReadOnlyList<SignalValue> Flatten(OnChainEvaluation e)
    {
        var p = e.Parameters;
        var s = new List<SignalValue>();
        foreach (var t in e.Netflows)
        {
            s.Add(new(N.TokenNetflow(t.Token, "native"), t.Native, U.TokenUnits));
            s.Add(new(N.TokenNetflow(t.Token, "usd"), t.Usd, U.Usd));
            s.Add(new(N.TokenNetflow(t.Token, $"sum_{p.Netflow.ShortSumDays}d.native"), t.ShortSumNative, U.TokenUnits));
            s.Add(new(N.TokenNetflow(t.Token, $"sum_{p.Netflow.LongSumDays}d.native"), t.LongSumNative, U.TokenUnits));
            s.Add(new(N.TokenNetflow(t.Token, $"sum_{p.Netflow.ShortSumDays}d.usd"), t.ShortSumUsd, U.Usd));
            s.Add(new(N.TokenNetflow(t.Token, $"sum_{p.Netflow.LongSumDays}d.usd"), t.LongSumUsd, U.Usd));
            s.Add(new(N.TokenNetflow(t.Token, "zscore"), t.ZScore, U.ZScore));
        }
        s.Add(new(N.NetflowTotalUsd, e.NetflowTotals.TotalUsd, U.Usd));
        s.Add(new(N.NetflowMeanZScore, e.NetflowTotals.MeanZScore, U.ZScore));
        s.Add(new(N.NetflowTokensScored, e.NetflowTotals.TokensScored, U.Count));

        foreach (var d in e.Drawdowns) s.Add(new(N.CoinDrawdown(d.CoinId), d.Drawdown * 100, U.Percent));
        s.Add(new(N.DeepDrawdownShare, e.DeepDrawdowns.SharePercent, U.Percent));
        s.Add(new(N.DeepDrawdownCount, e.DeepDrawdowns.DeepCount, U.Count));
        s.Add(new(N.DrawdownCoinsCounted, e.DeepDrawdowns.CoinsCounted, U.Count));

        s.Add(new(N.BtcDominance, e.BtcDominance?.Percent, U.Percent, e.BtcDominance?.Source));
        s.Add(new(N.BtcDominanceChange(p.Dominance.ChangeDays), e.BtcDominance?.ChangePoints, U.PercentagePoints));

        s.Add(new(N.Others, e.Others?.OthersUsd, U.Usd));
        s.Add(new(N.OthersDominance, e.Others?.OthersDominancePercent, U.Percent));
        s.Add(new(N.OthersToBtc, e.Others?.OthersToBtc, U.Ratio));
        s.Add(new(N.OthersToBtcSupport, e.Others?.Support, U.Ratio));
        s.Add(new(N.OthersToBtcDistanceToSupport, e.Others?.DistanceToSupportPercent, U.Percent));

        s.Add(new(N.EthBtc, e.EthBtc?.Ratio, U.Ratio));
        s.Add(new(N.EthBtcTrendSlope, e.EthBtc?.TrendSlopePercentPerDay, U.PercentPerDay));
        s.Add(new(N.EthBtcTrendLine, e.EthBtc?.TrendLineRatio, U.Ratio));
        s.Add(new(N.EthBtcUpperBand, e.EthBtc?.UpperBandRatio, U.Ratio));
        s.Add(new(N.EthBtcFalling, AsNumber(e.EthBtc?.Falling), U.Bool));
        s.Add(new(N.EthBtcBreakout, AsNumber(e.EthBtc?.Breakout), U.Bool));

        foreach (var a in e.AltSeasonIndex)
        {
            s.Add(new(N.AltSeasonIndex(a.WindowDays), a.Value, U.Index, a.Season));
            s.Add(new(N.AltSeasonIndexEligible(a.WindowDays), a.Eligible, U.Count));
            s.Add(new(N.AltSeasonIndexOutperformers(a.WindowDays), a.Outperformers, U.Count));
        }

        s.Add(new(N.StablecoinSupply, e.Stablecoins?.SupplyUsd, U.Usd));
        s.Add(new(N.StablecoinSupplyChangePercent(p.Stablecoins.ChangeDays), e.Stablecoins?.ChangePercent, U.Percent));
        s.Add(new(N.StablecoinSupplyChangeUsd(p.Stablecoins.ChangeDays), e.Stablecoins?.ChangeUsd, U.Usd));
        return s;
    }

    static double? AsNumber(bool? flag) => flag switch { true => 1, false => 0, null => null };
}
