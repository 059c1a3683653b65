using AltSeason.TimeSeries;

namespace AltSeason.OnChain.Signals;

/// <summary>Everything the OnChain family reads: global metrics, per-coin prices and caps, per-token netflows.</summary>
public sealed record OnChainInputs(GlobalMetrics Global, IReadOnlyList<CoinHistory> Coins, IReadOnlyList<NetflowHistory> Netflows)
{
    public CoinHistory? Coin(string id) =>
        Coins.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>Builds inputs from ingested batches; see <see cref="OnChainInputsBuilder"/>.</summary>
    public static OnChainInputs FromBatches(IEnumerable<SeriesBatch> batches) => OnChainInputsBuilder.Build(batches);

    /// <summary>Every date any input has a value on, ascending.</summary>
    public IReadOnlyList<DateOnly> AllDates() => AllDates(DateOnly.MinValue, DateOnly.MaxValue);

    /// <summary>Every date within [from, to] any input has a value on, ascending.</summary>
    public IReadOnlyList<DateOnly> AllDates(DateOnly from, DateOnly to) => SeriesDates.Union(AllSeries().Select(s => s.Series), from, to);

    /// <summary>Throws <see cref="OnChainInputException"/> for the first value that cannot be used.</summary>
    public OnChainInputs Validate()
    {
        var seenCoins = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var coin in Coins)
        {
            if (string.IsNullOrWhiteSpace(coin.Id))
                throw new OnChainInputException(SeriesNames.Coin("?"), "id", null, "a coin has no id");
            if (!seenCoins.Add(coin.Id))
                throw new OnChainInputException(SeriesNames.Coin(coin.Id), "id", null, "the coin is supplied twice");
        }
        var seenTokens = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var flow in Netflows)
        {
            if (string.IsNullOrWhiteSpace(flow.Token) || !seenTokens.Add(flow.Token))
                throw new OnChainInputException(SeriesNames.Netflow(flow.Token ?? "?"), "token", null, "the token is missing or supplied twice");
        }
        foreach (var (name, field, series, mustBePositive) in AllSeries())
        {
            for (var i = 0; i < series.Count; i++)
            {
                var v = series.ValueAt(i);
                if (!double.IsFinite(v))
                    throw new OnChainInputException(name, field, series.DateAt(i), $"value {v} is not a finite number");
                if (mustBePositive && v <= 0)
                    throw new OnChainInputException(name, field, series.DateAt(i), $"value {v} must be greater than zero");
            }
        }
        return this;
    }

    IEnumerable<(string Name, string Field, DailySeries Series, bool MustBePositive)> AllSeries()
    {
        yield return (SeriesNames.CryptoGlobal, Fields.TotalMarketCapUsd, Global.TotalMarketCapUsd, true);
        yield return (SeriesNames.CryptoGlobal, Fields.BtcDominancePercent, Global.BtcDominancePercent, true);
        yield return (SeriesNames.CryptoGlobal, Fields.StablecoinMarketCapUsd, Global.StablecoinMarketCapUsd, true);
        yield return (SeriesNames.CryptoGlobal, Fields.AltcoinMarketCapUsd, Global.AltcoinMarketCapUsd, true);
        foreach (var coin in Coins)
        {
            yield return (SeriesNames.Coin(coin.Id), Fields.Price, coin.PriceUsd, true);
            yield return (SeriesNames.Coin(coin.Id), Fields.MarketCapUsd, coin.MarketCapUsd, true);
        }
        foreach (var flow in Netflows)
        {
            yield return (SeriesNames.Netflow(flow.Token), Fields.Netflow, flow.Native, false);
            yield return (SeriesNames.Netflow(flow.Token), Fields.NetflowUsd, flow.Usd, false);
        }
    }
}
