using System.Buffers;
using System.IO.Compression;

namespace AltSeason.Grpc;

/// <summary>Inflates a gzip-compressed message, refusing to grow past the size limit (a zip bomb stays small).</summary>
internal static class GzipDecompressor
{
    public static byte[] Decompress(ReadOnlySequence<byte> compressed, int maxSize, string side)
    {
        using var input = new MemoryStream(compressed.ToArray(), writable: false);
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = gzip.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (output.Length + read > maxSize)
                {
                    throw new RpcException(StatusCode.ResourceExhausted,
                        $"{side} message exceeds the limit of {maxSize} bytes once decompressed.");
                }

                output.Write(chunk, 0, read);
            }
        }
        catch (InvalidDataException)
        {
            throw new RpcException(StatusCode.Internal, $"{side} message is marked gzip-compressed but is not valid gzip data.");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return output.ToArray();
    }
}
