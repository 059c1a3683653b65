using System.Security.Cryptography;

namespace AltSeason.Ingestion.Importing;

/// <summary>
/// A read-only pass over an upload that hashes and counts every byte as it goes, so files stream through the
/// parser without being buffered, and stops with <see cref="ImportLimitExceededException"/> past the byte limit.
/// </summary>
public sealed class MeteredStream(Stream inner, string fileName, long maxBytes) : Stream
{
    readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public long BytesRead { get; private set; }

    /// <summary>Reads whatever the parser left unread, then returns the SHA-256 (lower-case hex) of all bytes.</summary>
    public async Task<string> FinishAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        while (await ReadAsync(buffer, cancellationToken) > 0) { }
        return Convert.ToHexStringLower(_hash.GetHashAndReset());
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        return Count(buffer.Span, read);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) =>
        Count(buffer.AsSpan(offset, count), inner.Read(buffer, offset, count));

    int Count(ReadOnlySpan<byte> buffer, int read)
    {
        BytesRead += read;
        if (BytesRead > maxBytes) throw ImportLimitExceededException.Bytes(fileName, maxBytes);
        _hash.AppendData(buffer[..read]);
        return read;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _hash.Dispose();
        base.Dispose(disposing);
    }
}
