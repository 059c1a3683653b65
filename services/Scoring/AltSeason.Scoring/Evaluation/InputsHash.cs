using System.Security.Cryptography;
using System.Text;
using AltSeason.Scoring.Components;

namespace AltSeason.Scoring.Evaluation;

/// <summary>
/// SHA-256 over the component references a score used, one line per reference. Each reference names a hash-chained
/// event, so this one hash pins every value the score was computed from.
/// </summary>
public static class InputsHash
{
    public static string Of(IEnumerable<ComponentReference> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var text = new StringBuilder();
        foreach (var i in inputs)
            text.Append(i.Family).Append('|').Append(i.AsOf.ToString("yyyy-MM-dd")).Append('|')
                .Append(i.StreamId).Append('|').Append(i.StreamVersion).Append('|').Append(i.EventSha256).Append('|')
                .Append(i.SourceStreamId).Append('|').Append(i.SourceStreamVersion).Append('|').Append(i.SourceEventSha256).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
