using System.Security.Cryptography;
using System.Text;

namespace AltSeason.SignalServices.Events;

/// <summary>Stream names and the inputs hash, in one place because audits recompute them.</summary>
public static class SignalStreams
{
    public const string InputsPrefix = "inputs/";

    public static string Inputs(string series) => InputsPrefix + series;

    public static string Evaluation(string family, DateOnly asOf) => $"{family}/{asOf:yyyy-MM-dd}";

    /// <summary>SHA-256 (lower-case hex) over "stream version sha256" lines in stream order.</summary>
    public static string InputsSha256(IEnumerable<InputReference> inputs)
    {
        var text = new StringBuilder();
        foreach (var i in inputs.OrderBy(i => i.StreamId, StringComparer.Ordinal))
            text.Append(i.StreamId).Append(' ').Append(i.Version).Append(' ').Append(i.Sha256).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
