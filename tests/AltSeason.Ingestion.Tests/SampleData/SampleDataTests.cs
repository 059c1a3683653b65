using AltSeason.Ingestion.Formats.Detection;
using AltSeason.Ingestion.Formats.Parsing;
using AltSeason.SampleData;
using AltSeason.TimeSeries;

namespace AltSeason.Ingestion.Tests.SampleData;

public class SampleDataTests
{
    static readonly SampleDataOptions Options = new(Seed: 7, Start: new DateOnly(2025, 3, 1), Days: 300, Coins: 45, Symbols: 25, Tokens: 5);
    static readonly Lazy<IReadOnlyList<SampleFile>> Files = new(() => SampleDataGenerator.Generate(Options));
    static readonly Lazy<IReadOnlyList<SeriesBatch>> Parsed = new(() => Files.Value.SelectMany(f => ParseFile(f).Batches).ToArray());

    static ParseResult ParseFile(SampleFile file)
    {
        using var stream = new MemoryStream(file.Content);
        return Parsers.ParseAsync(stream, new ParseRequest { FileName = file.FileName }).GetAwaiter().GetResult();
    }

    static DailySeries Series(string name, string field) =>
        DailySeries.FromObservations(Parsed.Value.Single(b => b.Series == name).Rows, field);

    [Fact]
    public void Same_seed_gives_byte_identical_files_and_another_seed_does_not()
    {
        var again = SampleDataGenerator.Generate(Options);
        Assert.Equal(Files.Value.Select(f => f.FileName), again.Select(f => f.FileName));
        Assert.All(Files.Value.Zip(again), pair => Assert.Equal(pair.First.Content, pair.Second.Content));
        var other = SampleDataGenerator.Generate(Options with { Seed = 8 });
        Assert.NotEqual(Files.Value[0].Content, other[0].Content);
    }

    [Fact]
    public void Written_files_on_disk_match_the_in_memory_set()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"altseason-sample-{Guid.NewGuid():N}");
        try
        {
            var paths = SampleDataGenerator.Write(folder, Options with { Days = 150, Coins = 10, Symbols = 3, Tokens = 2 });
            var memory = SampleDataGenerator.Generate(Options with { Days = 150, Coins = 10, Symbols = 3, Tokens = 2 });
            Assert.Equal(memory.Select(f => f.Content), paths.Select(File.ReadAllBytes));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Every_file_is_detected_as_its_format_and_parses_whole()
    {
        Assert.All(Files.Value, file =>
        {
            Assert.Equal(file.Format, FormatDetector.Detect(file.FileName, file.Content.AsSpan(0, Math.Min(file.Content.Length, 4096))));
            var result = ParseFile(file);
            Assert.True(result.IsAccepted, result.ToString());
        });
        Assert.Equal(2 + 1 + 45 + 4 * 25 + 5, Files.Value.Count);
    }

    [Fact]
    public void Universe_has_the_coins_universe_rules_must_exclude()
    {
        var series = Parsed.Value.Select(b => b.Series).ToHashSet();
        foreach (var id in new[] { "bitcoin", "ethereum", "tether", "usd-coin", "wrapped-bitcoin", "staked-ether" })
            Assert.Contains(SeriesNames.Coin(id), series);
    }

    [Fact]
    public void Russell_ends_at_an_all_time_high_after_a_streak_of_beating_the_SP500()
    {
        var rut = Series(SeriesNames.Russell2000, Fields.Close);
        var spx = Series(SeriesNames.SP500, Fields.Close);
        Assert.Equal(rut.Values.Max(), rut.Values[^1]);
        Assert.True(rut.Values.Take(rut.Count - 1).Max() < rut.Values[^1]);
        var streak = 0;
        for (var i = rut.Count - 1; i > 0; i--)
        {
            var r = Math.Log(rut.ValueAt(i) / rut.ValueAt(i - 1));
            var s = Math.Log(spx.ValueAt(i) / spx.ValueAt(i - 1));
            if (r <= s) break;
            streak++;
        }
        Assert.True(streak >= 5, $"streak {streak}");
    }

    [Fact]
    public void Many_altcoins_are_deeply_below_their_highs()
    {
        var excluded = new[] { "bitcoin", "ethereum", "tether", "usd-coin", "dai", "ethena-usde", "wrapped-bitcoin", "weth", "staked-ether", "wrapped-steth" };
        var alts = Parsed.Value.Where(b => b.Series.StartsWith("coin/", StringComparison.Ordinal) && !excluded.Contains(b.Series[5..])).ToArray();
        var deep = alts.Count(b =>
        {
            var prices = DailySeries.FromObservations(b.Rows, Fields.Price).Values;
            return prices[^1] / prices.Max() - 1 <= -0.8;
        });
        Assert.True(deep >= alts.Length / 3, $"{deep} of {alts.Length} altcoins are 80% or more below their high");
    }

    [Fact]
    public void Long_bias_rises_with_market_cap_rank_number()
    {
        var ranks = Parsed.Value.Where(b => b.Series.EndsWith("/" + LongShortKinds.Accounts, StringComparison.Ordinal))
            .Select(b => b.Rows.Where(r => r.Field == Fields.LongShortRatio).Average(r => r.Value)).ToArray();
        // Files come in rank order; count rank pairs that agree with "higher rank number, higher ratio".
        var concordant = 0;
        var pairs = 0;
        var symbols = Files.Value.Where(f => f.Format == "binance-longshort-accounts-json").Select(f => f.FileName.Split('_')[0].ToLowerInvariant()).ToArray();
        var byName = Parsed.Value.Where(b => b.Series.EndsWith("/" + LongShortKinds.Accounts, StringComparison.Ordinal))
            .ToDictionary(b => b.Series.Split('/')[2], b => b.Rows.Where(r => r.Field == Fields.LongShortRatio).Average(r => r.Value));
        for (var i = 0; i < symbols.Length; i++)
            for (var j = i + 1; j < symbols.Length; j++, pairs++)
                if (byName[symbols[j]] > byName[symbols[i]]) concordant++;
        Assert.Equal(symbols.Length, ranks.Length);
        Assert.True(concordant > 0.7 * pairs, $"{concordant} of {pairs} rank pairs agree");
    }

    [Fact]
    public void Netflows_have_both_signs_and_funding_is_8_hourly()
    {
        var netflows = Parsed.Value.Where(b => b.Series.StartsWith("onchain/netflow/", StringComparison.Ordinal))
            .SelectMany(b => b.Rows.Where(r => r.Field == Fields.Netflow)).ToArray();
        Assert.Contains(netflows, r => r.Value < 0);
        Assert.Contains(netflows, r => r.Value > 0);
        var funding = Parsed.Value.Where(b => b.Series.StartsWith("derivatives/funding/", StringComparison.Ordinal)).ToArray();
        Assert.Equal(25, funding.Length);
        Assert.All(funding.SelectMany(b => b.Rows).Where(r => r.Field == Fields.FundingIntervalHours), r => Assert.Equal(8, r.Value));
    }

    [Fact]
    public void Options_out_of_range_are_named() =>
        Assert.Equal("Days", Assert.Throws<ArgumentOutOfRangeException>(() => SampleDataGenerator.Generate(Options with { Days = 5 })).ParamName);
}
