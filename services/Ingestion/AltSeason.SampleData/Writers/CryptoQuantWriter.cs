using System.Globalization;
using System.Text;
using AltSeason.SampleData.Markets;
using AltSeason.SampleData.Randomness;

namespace AltSeason.SampleData.Writers;

/// <summary>
/// CryptoQuant exchange flows in native units, as CSV or as its API's JSON. Flows are a few tenths of a percent of
/// supply a day with mixed signs: accumulation (outflows) and distribution (inflows) alternate in spells.
/// </summary>
static class CryptoQuantWriter
{
    public static byte[] Write(DateOnly start, CoinHistory history, SeededRandom random, bool asJson)
    {
        var text = asJson
            ? new StringBuilder("{\"status\":{\"code\":200,\"message\":\"success\"},\"result\":{\"window\":\"DAY\",\"data\":[")
            : new StringBuilder("date,netflow_total,inflow_total,outflow_total\n");
        var supply = history.MarketCap[0] / history.Price[0];
        var tilt = 0.0;
        for (var t = 0; t < history.Price.Length; t++)
        {
            tilt = 0.9 * tilt + random.Gaussian(0, 0.08); // spells of net inflow or outflow
            // Decimal arithmetic so the written netflow is exactly inflow minus outflow.
            var inflow = Math.Round((decimal)(supply * random.Uniform(0.001, 0.003) * Math.Exp(tilt)), 4);
            var outflow = Math.Round((decimal)(supply * random.Uniform(0.001, 0.003) * Math.Exp(-tilt)), 4);
            var (net, inText, outText) = (Invariant(inflow - outflow), Invariant(inflow), Invariant(outflow));
            var date = Text.Date(start.AddDays(t));
            if (asJson)
                text.Append(t > 0 ? "," : "").Append("{\"date\":\"").Append(date).Append("\",\"netflow_total\":").Append(net)
                    .Append(",\"inflow_total\":").Append(inText).Append(",\"outflow_total\":").Append(outText).Append('}');
            else
                text.Append(date).Append(',').Append(net).Append(',').Append(inText).Append(',').Append(outText).Append('\n');
        }
        return Text.Bytes(asJson ? text.Append("]}}\n") : text);
    }

    static string Invariant(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
