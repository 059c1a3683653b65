using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;

namespace AltSeason.Reliability.Tests.Fuzzing;

/// <summary>What came back for hand-made gRPC bytes: the HTTP status and the gRPC status/message (headers or trailers).</summary>
public sealed record RawGrpcAnswer(int HttpStatus, string? GrpcStatus, string? GrpcMessage);

/// <summary>Sends arbitrary bytes as a gRPC request body over cleartext HTTP/2, to the real server's socket.</summary>
public static class RawGrpcCall
{
    static readonly HttpClient Client = new(new SocketsHttpHandler()) { Timeout = TimeSpan.FromSeconds(20) };

    public static async Task<RawGrpcAnswer> PostAsync(Uri server, string path, byte[] body, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server, path))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TryAddWithoutValidation("te", "trailers");
        request.Headers.TryAddWithoutValidation("grpc-timeout", "15S");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await Client.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        string? Find(string name) =>
            response.TrailingHeaders.TryGetValues(name, out var t) ? t.First()
            : response.Headers.TryGetValues(name, out var h) ? h.First() : null;
        return new RawGrpcAnswer((int)response.StatusCode, Find("grpc-status"), Find("grpc-message"));
    }

    /// <summary>The 5-byte gRPC prefix (flag, big-endian length) followed by <paramref name="payload"/> as given.</summary>
    public static byte[] Frame(byte[] payload, uint declaredLength, byte flag = 0)
    {
        var bytes = new byte[5 + payload.Length];
        bytes[0] = flag;
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(1), declaredLength);
        payload.CopyTo(bytes, 5);
        return bytes;
    }
}
