using System.Globalization;
using System.Text;
using AltSeason.SampleData;

namespace AltSeason.Bench.Ingestion;

/// <summary>
/// The least a parser could do: decode the bytes, split them into lines and tokens, and double.Parse every token
/// that is a number. No validation, no dates, no series, no streaming.
/// </summary>
static class NaiveBaseline
{
    static readonly char[] Separators = [',', ';', '[', ']', '{', '}', ':', '"'];

    public static double Parse(SampleFile file)
    {
        var sum = 0.0;
        foreach (var line in Encoding.UTF8.GetString(file.Content).Split('\n'))
            foreach (var token in line.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
                if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) sum += value;
        return sum;
    }
}
