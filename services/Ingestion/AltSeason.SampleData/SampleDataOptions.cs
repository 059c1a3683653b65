namespace AltSeason.SampleData;

/// <summary>What to generate: the span, the seed, and how many coins, futures symbols and flow tokens.</summary>
/// <param name="Coins">Coins in the CoinGecko universe (at least 8: BTC, ETH, stablecoins, wrapped and staked tokens, alts).</param>
/// <param name="Symbols">Futures symbols with long/short ratios and funding (the largest non-stable coins).</param>
/// <param name="Tokens">Tokens with exchange netflows.</param>
public sealed record SampleDataOptions(
    int Seed = 2026,
    DateOnly? Start = null,
    int Days = 400,
    int Coins = 40,
    int Symbols = 20,
    int Tokens = 6)
{
    public DateOnly FirstDay => Start ?? new DateOnly(2025, 1, 1);

    /// <summary>Default sizes times <paramref name="multiplier"/>: the knob benchmarks turn.</summary>
    public static SampleDataOptions Scaled(int multiplier, int seed = 2026, int days = 400) =>
        new(seed, null, days, 40 * multiplier, 20 * multiplier, 6 * multiplier);

    /// <summary>Throws when the options cannot produce the scenario, naming the option.</summary>
    public void Validate()
    {
        if (Days is < 120 or > 20_000) throw new ArgumentOutOfRangeException(nameof(Days), Days, "Days must lie within 120..20000.");
        if (Coins is < 8 or > 5_000) throw new ArgumentOutOfRangeException(nameof(Coins), Coins, "Coins must lie within 8..5000.");
        if (Symbols < 1 || Symbols > Coins) throw new ArgumentOutOfRangeException(nameof(Symbols), Symbols, "Symbols must lie within 1..Coins.");
        if (Tokens < 1 || Tokens > Coins) throw new ArgumentOutOfRangeException(nameof(Tokens), Tokens, "Tokens must lie within 1..Coins.");
    }
}
