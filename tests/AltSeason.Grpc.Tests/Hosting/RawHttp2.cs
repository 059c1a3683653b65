using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;

namespace AltSeason.Grpc.Tests.Hosting;

/// <summary>Hand-made HTTP/2 requests, for bytes no well-behaved gRPC client would send.</summary>
public static class RawHttp2
{
    private static readonly HttpClient Client = new(new SocketsHttpHandler()) { Timeout = TimeSpan.FromSeconds(30) };

    public static async Task<RawResponse> PostAsync(Uri address, string path, byte[] body,
        string contentType = "application/grpc", IDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(address, path))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.TryAddWithoutValidation("te", "trailers");
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await Client.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        string? Find(string name) =>
            response.TrailingHeaders.TryGetValues(name, out var t) ? t.First()
            : response.Headers.TryGetValues(name, out var h) ? h.First() : null;
        return new RawResponse((int)response.StatusCode, Find("grpc-status"), Find("grpc-message"), bytes,
            response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>A 5-byte prefix announcing <paramref name="length"/> bytes, then <paramref name="payload"/> as is.</summary>
    public static byte[] Frame(byte[] payload, uint? length = null, byte flag = 0)
    {
        var bytes = new byte[5 + payload.Length];
        bytes[0] = flag;
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(1), length ?? (uint)payload.Length);
        payload.CopyTo(bytes, 5);
        return bytes;
    }
}
