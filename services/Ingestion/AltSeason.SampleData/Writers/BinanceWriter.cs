using System.Text;
using AltSeason.SampleData.Markets;
using AltSeason.SampleData.Randomness;

namespace AltSeason.SampleData.Writers;

/// <summary>
/// Binance futures data as its API returns it: numbers as strings, times in milliseconds, one file per symbol and
/// endpoint (<c>globalLongShortAccountRatio</c>, <c>topLongShortPositionRatio</c>, <c>takerlongshortRatio</c>, <c>fundingRate</c>).
/// </summary>
static class BinanceWriter
{
    public sealed record Files(byte[] Accounts, byte[] TopPositions, byte[] Taker, byte[] Funding);

    public static Files Write(DateOnly start, CoinHistory history, SeededRandom random)
    {
        var symbol = history.Coin.FuturesSymbol;
        var days = history.Price.Length;
        var accounts = new StringBuilder("[");
        var top = new StringBuilder("[");
        var taker = new StringBuilder("[");
        var funding = new StringBuilder("[");
        for (var t = 0; t < days; t++)
        {
            var separator = t > 0 ? "," : "";
            var time = Text.UnixMs(start.AddDays(t));
            var longShare = Positioning.LongShare(history.Coin.Rank, t, days, random);
            AppendRatio(accounts.Append(separator), symbol, longShare, $"\"{time}\"");
            var topShare = Math.Clamp(longShare + random.Gaussian(-0.03, 0.05), 0.2, 0.9);
            AppendRatio(top.Append(separator), symbol, topShare, time.ToString(System.Globalization.CultureInfo.InvariantCulture));

            var buy = history.Volume[t] / history.Price[t] * random.Uniform(0.001, 0.003);
            var sell = buy / Math.Exp(random.Gaussian(0.02 * (longShare - 0.5), 0.08));
            var (buyRounded, sellRounded) = (Math.Round(buy, 4), Math.Round(sell, 4));
            var (buyText, sellText) = (Text.Fixed(buyRounded, 4), Text.Fixed(sellRounded, 4));
            var ratio = sellRounded > 0 ? buyRounded / sellRounded : 1;
            taker.Append(separator).Append("{\"buySellRatio\":\"").Append(Text.Fixed(ratio, 4)).Append("\",\"buyVol\":\"")
                .Append(buyText).Append("\",\"sellVol\":\"").Append(sellText).Append("\",\"timestamp\":").Append(time).Append('}');

            for (var hour = 0; hour < 24; hour += 8)
            {
                funding.Append(t > 0 || hour > 0 ? "," : "").Append("{\"symbol\":\"").Append(symbol)
                    .Append("\",\"fundingTime\":").Append(Text.UnixMs(start.AddDays(t), hour))
                    .Append(",\"fundingRate\":\"").Append(Text.Fixed(Positioning.FundingRate(longShare, random), 8))
                    .Append("\",\"markPrice\":\"").Append(Text.Price(history.Price[t] * (1 + random.Gaussian(0, 0.003))))
                    .Append("\"}");
            }
        }
        return new Files(End(accounts), End(top), End(taker), End(funding));
    }

    static void AppendRatio(StringBuilder text, string symbol, double longShare, string timestamp)
    {
        var longText = Text.Fixed(longShare, 4);
        var rounded = Math.Round(longShare, 4);
        var shortText = Text.Fixed(1 - rounded, 4);
        text.Append("{\"symbol\":\"").Append(symbol).Append("\",\"longShortRatio\":\"")
            .Append(Text.Fixed(rounded / (1 - rounded), 4)).Append("\",\"longAccount\":\"").Append(longText)
            .Append("\",\"shortAccount\":\"").Append(shortText).Append("\",\"timestamp\":").Append(timestamp).Append('}');
    }

    static byte[] End(StringBuilder text) => Text.Bytes(text.Append("]\n"));
}
