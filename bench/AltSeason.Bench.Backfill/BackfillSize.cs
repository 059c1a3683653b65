using System.Globalization;
using AltSeason.SampleData;

namespace AltSeason.Bench.Backfill;

/// <summary>A named data set to backfill: the sample generator's options.</summary>
public sealed record BackfillSize(string Name, SampleDataOptions Options)
{
    /// <summary>
    /// <c>x10</c> (or <c>10</c>): the default sizes times 10 over <paramref name="days"/> days. <c>p10</c>/<c>p100</c>: the
    /// platform bench's generated sets at 10x/100x the reference size (4,000 days; 8 coins, 2 symbols, 1 token per 10x).
    /// </summary>
    public static BackfillSize Parse(string text, int days)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.StartsWith('p') && int.TryParse(text[1..], CultureInfo.InvariantCulture, out var platform) && platform >= 10)
        {
            var width = platform / 10;
            return new(text, new SampleDataOptions(Days: 4000, Coins: 8 * width, Symbols: 2 * width, Tokens: width));
        }
        var digits = text.TrimStart('x');
        if (int.TryParse(digits, CultureInfo.InvariantCulture, out var multiplier) && multiplier >= 1)
            return new("x" + multiplier, SampleDataOptions.Scaled(multiplier, days: days));
        throw new ArgumentException($"Size '{text}' is neither a multiplier (10, x10) nor a platform size (p10, p100).", nameof(text));
    }
}
