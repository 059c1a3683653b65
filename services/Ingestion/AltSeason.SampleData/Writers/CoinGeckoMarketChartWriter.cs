using System.Text;
using AltSeason.SampleData.Markets;

namespace AltSeason.SampleData.Writers;

/// <summary>CoinGecko <c>/coins/{id}/market_chart</c>: three lists of <c>[ms, value]</c>, one point per day at 00:00 UTC.</summary>
static class CoinGeckoMarketChartWriter
{
    public static byte[] Write(DateOnly start, CoinHistory history)
    {
        var text = new StringBuilder("{");
        Append(text, "prices", start, history.Price, Text.Price);
        text.Append(',');
        Append(text, "market_caps", start, history.MarketCap, v => Text.Fixed(v, 2));
        text.Append(',');
        Append(text, "total_volumes", start, history.Volume, v => Text.Fixed(v, 2));
        return Text.Bytes(text.Append("}\n"));
    }

    static void Append(StringBuilder text, string name, DateOnly start, double[] values, Func<double, string> format)
    {
        text.Append('"').Append(name).Append("\":[");
        for (var t = 0; t < values.Length; t++)
        {
            if (t > 0) text.Append(',');
            text.Append('[').Append(Text.UnixMs(start.AddDays(t))).Append(',').Append(format(values[t])).Append(']');
        }
        text.Append(']');
    }
}
