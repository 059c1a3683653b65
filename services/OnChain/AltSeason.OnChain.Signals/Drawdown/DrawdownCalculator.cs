namespace AltSeason.OnChain.Signals;

/// <summary>Drawdown from the running all-time high, for ascending as-of dates, in one pass over the prices.</summary>
public static class DrawdownCalculator
{
    /// <returns>One reading per as-of date, null on dates the coin has no price.</returns>
    public static CoinDrawdown?[] Evaluate(CoinHistory coin, IReadOnlyList<DateOnly> asOfDates)
    {
        ArgumentNullException.ThrowIfNull(coin);
        ArgumentNullException.ThrowIfNull(asOfDates);
        var prices = coin.PriceUsd;
        var result = new CoinDrawdown?[asOfDates.Count];
        var high = double.NegativeInfinity;
        var highDate = default(DateOnly);
        var next = 0;
        for (var i = 0; i < asOfDates.Count; i++)
        {
            var day = asOfDates[i];
            for (; next < prices.Count && prices.DateAt(next) <= day; next++)
            {
                if (prices.ValueAt(next) > high) (high, highDate) = (prices.ValueAt(next), prices.DateAt(next));
            }
            if (!prices.TryGetValue(day, out var price)) continue;
            // price ≤ high, and correctly rounded division keeps price / high ≤ 1, so this is never positive.
            var drawdown = price / high - 1;
            result[i] = new CoinDrawdown(coin.Id, price, high, highDate, drawdown, day.DayNumber - prices.DateAt(0).DayNumber);
        }
        return result;
    }
}
