namespace AltSeason.OnChain.Signals;

/// <summary>
/// The OnChain family's entry point: every signal for every as-of date in a range, in one pass per series.
/// A date's result depends only on the inputs and parameters, never on the range asked for, so evaluating a
/// range equals evaluating each date alone (bit for bit) and a recorded evaluation replays exactly.
/// </summary>
public static class OnChainEvaluator
{
    /// <summary>Recorded on each evaluation; bump when a calculation changes its output.</summary>
    public const string CodeVersion = "onchain-signals/1";

    /// <returns>One evaluation per date in [from, to] on which any input series has a value, ascending.</returns>
    public static IReadOnlyList<OnChainEvaluation> Evaluate(OnChainInputs inputs, OnChainParameters parameters, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Validate();
        inputs.Validate();
        if (from > to)
            throw new OnChainParameterException(nameof(from), $"({from:yyyy-MM-dd}) must not be after 'to' ({to:yyyy-MM-dd})");

        var dates = inputs.AllDates(from, to);
        var netflows = inputs.Netflows.Select(f => NetflowCalculator.Evaluate(f, dates, parameters)).ToList();
        var drawdowns = inputs.Coins.Select(c => DrawdownCalculator.Evaluate(c, dates)).ToList();
        var others = OthersCalculator.Evaluate(inputs, dates, parameters);
        var ethBtc = EthBtcCalculator.Evaluate(inputs, dates, parameters);
        var asi = parameters.AltSeasonIndex;
        var bitcoin = inputs.Coin(asi.BitcoinId);
        var coinIndex = inputs.Coins.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.OrdinalIgnoreCase);

        var result = new List<OnChainEvaluation>(dates.Count);
        for (var i = 0; i < dates.Count; i++)
        {
            var day = dates[i];
            var universe = AltcoinUniverse.On(day, inputs.Coins, asi);
            var tokenFlows = netflows.Select(f => f[i]).OfType<TokenNetflow>().ToList();
            var universeDrawdowns = universe.Select(c => drawdowns[coinIndex[c.Id]][i]).OfType<CoinDrawdown>();
            result.Add(new OnChainEvaluation(
                day,
                CodeVersion,
                parameters,
                tokenFlows,
                NetflowAggregate.From(tokenFlows),
                drawdowns.Select(d => d[i]).OfType<CoinDrawdown>().ToList(),
                DeepDrawdownShare.From(universeDrawdowns, parameters.Drawdown),
                BtcDominanceCalculator.Evaluate(day, inputs, parameters.Dominance),
                others[i],
                ethBtc[i],
                asi.Windows.Select(w => AltSeasonIndexCalculator.Evaluate(day, universe, bitcoin, w, asi)).ToList(),
                StablecoinSupplyCalculator.Evaluate(day, inputs.Global, parameters.Stablecoins),
                universe.Select(c => c.Id).ToList()));
        }
        return result;
    }

    /// <summary>The evaluation of one date, or null when no input has a value that day.</summary>
    public static OnChainEvaluation? EvaluateOn(OnChainInputs inputs, OnChainParameters parameters, DateOnly asOf) =>
        Evaluate(inputs, parameters, asOf, asOf).SingleOrDefault();
}
