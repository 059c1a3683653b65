namespace AltSeason.OnChain.Signals;

/// <summary>Range checks for parameters, so every record validates the same way and names the culprit.</summary>
internal static class Require
{
    public static void Positive(int value, string name)
    {
        if (value <= 0) throw new OnChainParameterException(name, $"must be a positive whole number, got {value}");
    }

    public static void Between(double value, double low, double high, string name, bool exclusiveLow = false)
    {
        var tooLow = exclusiveLow ? value <= low : value < low;
        if (double.IsNaN(value) || tooLow || value > high)
        {
            var lowBracket = exclusiveLow ? "(" : "[";
            throw new OnChainParameterException(name, $"must be in {lowBracket}{low}, {high}], got {value}");
        }
    }

    public static void CoinId(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value)) throw new OnChainParameterException(name, "must name a coin id");
    }
}
