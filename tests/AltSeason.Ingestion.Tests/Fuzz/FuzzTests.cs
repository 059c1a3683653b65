using System.Text;
using AltSeason.Ingestion.Formats.Parsing;
using FsCheck;
using FsCheck.Fluent;
using static AltSeason.Ingestion.Tests.ParseHelper;

namespace AltSeason.Ingestion.Tests.Fuzz;

/// <summary>Random and mutated input never crashes or hangs a parser: the answer is always accepted or rejected.</summary>
public class FuzzTests
{
    static readonly string[] Formats = [.. Parsers.KnownFormats.Order(StringComparer.Ordinal)];

    static readonly (string File, string Text)[] ValidSamples =
    [
        ("^RUT.csv", "Date,Open,High,Low,Close,Adj Close,Volume\n2026-01-02,1,2,1,2,2,0\n2026-01-05,null,null,null,null,null,null\n2026-01-06,2,3,1.5,2.5,2.5,10\n"),
        ("SP500.csv", "observation_date,SP500\n2026-01-01,.\n2026-01-02,6858.47\n"),
        ("bitcoin.json", """{"prices":[[1767225600000,87500.5],[1767312000000,88000.0]],"market_caps":[[1767225600000,1.7e12],[1767312000000,1.75e12]],"total_volumes":[[1767225600000,3.1e10],[1767312000000,3.3e10]]}"""),
        ("SOL.json", """[{"symbol":"SOLUSDT","longShortRatio":"2.5714","longAccount":"0.7200","shortAccount":"0.2800","timestamp":"1767225600000"}]"""),
        ("f.json", """[{"symbol":"BTCUSDT","fundingTime":1767225600000,"fundingRate":"0.00010000","markPrice":"87500.1"},{"symbol":"BTCUSDT","fundingTime":1767254400000,"fundingRate":"0.0001","markPrice":""}]"""),
        ("btc.json", """{"status":{"code":200},"result":{"window":"DAY","data":[{"date":"2026-01-01","netflow_total":-1.5,"inflow_total":2,"outflow_total":3.5}]}}"""),
        ("chart.json", """{"chart":{"result":[{"meta":{"symbol":"^RUT","gmtoffset":-18000},"timestamp":[1767364200],"indicators":{"quote":[{"open":[1],"high":[2],"low":[1],"close":[2],"volume":[0]}]}}],"error":null}}"""),
        ("g.json", """{"data":{"total_market_cap":{"usd":3.1e12},"total_volume":{"usd":9.5e10},"market_cap_percentage":{"btc":58.9,"eth":11.2},"updated_at":1767319200}}"""),
        ("global.csv", "total_market_cap;btc_dominance;date\n3019069391515.34;64.41;2025-05-08 01:45:07\n"),
        ("m.csv", "id,symbol,name,date,current_price,market_cap,total_volume\nbitcoin,btc,\"Bit, coin\",2026-01-01,1,1,1\n"),
    ];

    static void AssertTyped(ParseResult result)
    {
        Assert.NotNull(result);
        if (result.IsAccepted) Assert.NotEmpty(result.Batches);
        else
        {
            Assert.Empty(result.Batches);
            Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Reason)));
        }
    }

    [Fact]
    public void Random_bytes_give_a_typed_result_for_every_format()
    {
        var arb = Gen.Choose(0, 600).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), n))
            .Zip(Gen.Elements(Formats.Append(null).ToArray())).ToArbitrary();
        Prop.ForAll(arb, input =>
        {
            AssertTyped(ParseBytes(input.Item1, "fuzz.bin", input.Item2));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Mutated_valid_files_give_a_typed_result()
    {
        const string alphabet = "0123456789.,;:-+eE\"{}[]nul \n\r\tNaIfy<>/\\x\uFEFF";
        var edit =
            from kind in Gen.Choose(0, 2)
            from at in Gen.Choose(0, 10_000)
            from c in Gen.Elements(alphabet.ToCharArray())
            select (kind, at, c);
        var mutation =
            from sample in Gen.Choose(0, ValidSamples.Length - 1)
            from count in Gen.Choose(1, 4)
            from edits in Gen.ArrayOf(edit, count)
            select (sample, edits);
        Prop.ForAll(mutation.ToArbitrary(), m =>
        {
            var (file, text) = ValidSamples[m.sample];
            var sb = new StringBuilder(text);
            foreach (var (kind, at, c) in m.edits)
            {
                var i = at % (sb.Length + 1);
                if (kind == 0) sb.Insert(i, c);
                else if (kind == 1 && i < sb.Length) sb.Remove(i, 1);
                else if (i < sb.Length) sb[i] = c;
            }
            AssertTyped(Parse(sb.ToString(), file));
            AssertTyped(Parse(sb.ToString(), file, Formats[m.sample % Formats.Length]));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Valid_samples_are_accepted_so_the_mutations_start_from_good_files()
    {
        foreach (var (file, text) in ValidSamples)
            Assert.True(Parse(text, file).IsAccepted, $"{file}: {Parse(text, file)}");
    }
}
