using Microsoft.Extensions.Primitives;

namespace AltSeason.Grpc;

/// <summary>Turns HTTP header fields into <see cref="Metadata"/> and back; <c>-bin</c> values are base64.</summary>
internal static class MetadataCodec
{
    public static Metadata FromHeaders(IEnumerable<KeyValuePair<string, StringValues>> headers)
    {
        var metadata = new Metadata();
        foreach (var (name, values) in headers)
        {
            if (GrpcProtocol.IsReservedHeader(name))
            {
                continue;
            }

            foreach (var value in values)
            {
                AddDecoded(metadata, name, value ?? "");
            }
        }

        return metadata;
    }

    public static Metadata FromHeaders(IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers)
    {
        var metadata = new Metadata();
        foreach (var (name, values) in headers)
        {
            if (GrpcProtocol.IsReservedHeader(name))
            {
                continue;
            }

            foreach (var value in values)
            {
                AddDecoded(metadata, name, value);
            }
        }

        return metadata;
    }

    /// <summary>The value as it goes on the wire: unpadded base64 for binary entries, as the spec prefers.</summary>
    public static string Encode(MetadataEntry entry) =>
        entry.IsBinary ? Convert.ToBase64String(entry.ValueBytes!).TrimEnd('=') : entry.Value!;

    private static void AddDecoded(Metadata metadata, string name, string value)
    {
        // A comma-joined header can carry several values; for text we keep it as sent.
        if (!MetadataEntry.IsBinaryKey(name))
        {
            metadata.Add(MetadataEntry.Text(name, value));
            return;
        }

        foreach (var part in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            metadata.Add(MetadataEntry.Binary(name, DecodeBase64(name, part)));
        }
    }

    // Peers may send padded or unpadded base64; both must be accepted.
    private static byte[] DecodeBase64(string name, string text)
    {
        var padded = (text.Length % 4) switch
        {
            2 => text + "==",
            3 => text + "=",
            _ => text,
        };
        try
        {
            return Convert.FromBase64String(padded);
        }
        catch (FormatException)
        {
            throw new RpcException(StatusCode.Internal, $"Metadata '{name}' is not valid base64.");
        }
    }
}
