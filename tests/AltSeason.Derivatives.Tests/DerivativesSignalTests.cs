using AltSeason.Derivatives.Signals;
using AltSeason.Derivatives.Signals.Funding;
using AltSeason.Derivatives.Signals.LongShort;
using AltSeason.TimeSeries;
using FsCheck;
using FsCheck.Fluent;

namespace AltSeason.Derivatives.Tests;

public class DerivativesSignalTests
{
    static readonly DateOnly Day = new(2026, 1, 14);
    static DailySeries On(double value, DateOnly? date = null) => new([(date ?? Day, value)]);

    /// <summary>BTC (rank 1) and four altcoins ranked 2..5 whose accounts ratio rises with rank number.</summary>
    static DerivativesInputs Market()
    {
        string[] coins = ["bitcoin", "ethereum", "solana", "dogecoin", "pepe"];
        double[] caps = [2e12, 4e11, 8e10, 3e10, 2e9];
        double[] ratios = [0.9, 0.95, 1.2, 1.5, 2.5];
        var contracts = coins.Select((c, i) => new DerivativeContract(c[..3].ToUpperInvariant() + "USDT", c)).ToArray();
        return new DerivativesInputs(
            contracts,
            [.. contracts.Select((c, i) => new LongShortSeries(c.Symbol, LongShortKinds.Accounts, "1d", On(ratios[i])))],
            new Dictionary<string, DailySeries> { ["ETHUSDT"] = On(0.0001), ["SOLUSDT"] = On(0.0005), ["DOGUSDT"] = On(-0.0002) },
            new Dictionary<string, DailySeries> { ["ETHUSDT"] = On(2e10), ["BITUSDT"] = On(8e10) },
            coins.Select((c, i) => (c, On(caps[i]))).ToDictionary(p => p.c, p => p.Item2));
    }

    [Fact]
    public void Long_bias_breadth_rank_correlation_and_bucket_medians_by_hand()
    {
        var e = Assert.Single(DerivativesEvaluator.Evaluate(Market(), new(), Day, Day));
        var bias = Assert.Single(e.LongBias);
        Assert.Equal(4, bias.Altcoins); // bitcoin is not an altcoin
        Assert.Equal(0.75, bias.Breadth); // 1.2, 1.5, 2.5 of 0.95, 1.2, 1.5, 2.5 are above 1
        Assert.Equal(1, bias.RankCorrelation!.Value, 12); // ranks 2,3,4,5 vs strictly rising ratios
        Assert.Equal(1.35, bias.BucketMedians.Single(b => b.Bucket.FirstRank == 1).MedianRatio!.Value, 12); // median of .95, 1.2, 1.5, 2.5
        Assert.Null(bias.BucketMedians.Single(b => b.Bucket.FirstRank == 11).MedianRatio);
        Assert.Equal(LongShortKinds.Accounts, e.LongShort[0].Kind);
        Assert.Equal(1, e.LongShort.Single(r => r.Symbol == "BITUSDT").MarketCapRank);
    }

    [Fact]
    public void Funding_is_normalised_annualised_and_banded()
    {
        Assert.Equal(0.0002, FundingRate.ToEightHours(0.0001, 4), 15);
        Assert.Equal(0.0001 * 3 * 365, FundingRate.Annualise(0.0001, 8), 15);
        Assert.Equal(0.0001 * 24 * 365, FundingRate.Annualise(0.0001, 1), 15);
        var bands = new FundingBands();
        Assert.Equal(
            [FundingRegime.Negative, FundingRegime.Soft, FundingRegime.Neutral, FundingRegime.Neutral, FundingRegime.Warm, FundingRegime.Hot, FundingRegime.Overheated],
            new[] { -0.0002, -0.00005, 0, 0.0001, 0.0002, 0.0005, 0.0007 }.Select(bands.Classify));

        var e = Assert.Single(DerivativesEvaluator.Evaluate(Market(), new(), Day, Day));
        Assert.Equal(FundingRegime.Hot, e.Funding.Single(f => f.Symbol == "SOLUSDT").Regime);
        Assert.Equal(0.0001, e.AltcoinFunding!.Rate8h, 15); // median of -0.0002, 0.0001, 0.0005
    }

    [Fact]
    public void Builder_normalises_each_payment_to_eight_hours_and_forms_account_ratios()
    {
        var at = new DateTimeOffset(2026, 1, 14, 0, 0, 0, TimeSpan.Zero);
        var funding = DerivativesInputsBuilder.Funding(
        [
            new(at, Fields.FundingRate, 0.0001), new(at, Fields.FundingIntervalHours, 4),
            new(at.AddHours(4), Fields.FundingRate, 0.0003), new(at.AddHours(4), Fields.FundingIntervalHours, 4),
            new(at.AddHours(8), Fields.FundingRate, 0.0001), // no interval: the 8-hour default
        ], 8);
        Assert.Equal((0.0002 + 0.0006 + 0.0001) / 3, funding.ValueAt(0), 15);

        var ratio = DerivativesInputsBuilder.LongShort("ETHUSDT", LongShortKinds.Accounts, "4h",
        [
            new(at, Fields.LongShare, 0.6), new(at, Fields.ShortShare, 0.4),
            new(at.AddHours(4), Fields.LongShare, 0.7), new(at.AddHours(4), Fields.ShortShare, 0.3), new(at.AddHours(4), Fields.LongShortRatio, 9),
        ]);
        Assert.Equal(0.7 / 0.3, ratio.Ratio.ValueAt(0), 12); // last sample of the day, from its shares
    }

    [Fact]
    public void Leverage_is_open_interest_over_market_cap()
    {
        var e = Assert.Single(DerivativesEvaluator.Evaluate(Market(), new(), Day, Day));
        Assert.Equal(2e10 / 4e11, e.Leverage.Single(l => l.Symbol == "ETHUSDT").Ratio, 15);
        Assert.Equal(2e10 / 4e11, e.AltcoinLeverage!.Value, 15); // bitcoin's open interest is left out
        Assert.Contains(e.ToSignalValues(), v => v.Name == "leverage.ETHUSDT" && v.Unit == "ratio");
        Assert.Contains(e.ToSignalValues(), v => v.Name == "funding_8h.SOLUSDT" && v.Text == "hot");
    }

    [Fact]
    public void Evaluating_a_range_equals_evaluating_each_date_alone()
    {
        Prop.ForAll(Gen.Choose(0, 1000).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            var dates = Enumerable.Range(0, 30).Select(i => Day.AddDays(i)).ToArray();
            DailySeries Walk() => new(dates.Where(_ => random.NextDouble() > 0.2).Select(d => (d, 0.5 + random.NextDouble())));
            string[] symbols = ["AUSDT", "BUSDT", "CUSDT", "DUSDT"];
            var inputs = new DerivativesInputs(
                [.. symbols.Select((s, i) => new DerivativeContract(s, $"coin{i}"))],
                [.. symbols.Select(s => new LongShortSeries(s, LongShortKinds.TakerVolume, "1d", Walk()))],
                symbols.ToDictionary(s => s, _ => Walk()),
                symbols.ToDictionary(s => s, _ => Walk()),
                symbols.Select((_, i) => $"coin{i}").ToDictionary(c => c, _ => Walk()));
            var all = DerivativesEvaluator.Evaluate(inputs, new(), dates[0], dates[^1]);
            return all.All(e => Assert.Single(DerivativesEvaluator.Evaluate(inputs, new(), e.AsOf, e.AsOf)).ToSignalValues().SequenceEqual(e.ToSignalValues()));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Bad_input_gets_an_error_naming_series_and_date()
    {
        var bad = Market() with { LongShort = [new LongShortSeries("ETHUSDT", LongShortKinds.Accounts, "1d", On(-1))] };
        var error = Assert.Throws<DerivativesInputException>(() => DerivativesEvaluator.Evaluate(bad, new(), Day, Day));
        Assert.Equal(Day, error.Date);
        Assert.Contains("derivatives/longshort/ethusdt/accounts", error.Message);

        var bands = new DerivativesParameters { FundingBands = new(NeutralUpTo: 0.001, WarmUpTo: 0.0005) };
        Assert.Contains("funding_bands", Assert.Throws<DerivativesInputException>(() => DerivativesEvaluator.Evaluate(Market(), bands, Day, Day)).Message);
        Assert.Equal(new(Day, Day), DerivativesImpact.AffectedDates("derivatives/funding/ethusdt", Day));
        Assert.Null(DerivativesImpact.AffectedDates("equity/rut", Day));
    }
}
