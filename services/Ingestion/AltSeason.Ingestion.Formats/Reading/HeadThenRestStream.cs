namespace AltSeason.Ingestion.Formats.Reading;

/// <summary>
/// Replays the bytes already read for format detection, then continues with the source, counting every byte
/// against the limit. Lets detection peek without seeking, so uploads can be plain network streams.
/// </summary>
sealed class HeadThenRestStream(Stream source, long maxBytes) : Stream
{
    byte[] _head = [];
    int _headPosition;
    long _bytesRead;

    /// <summary>Reads up to <paramref name="count"/> bytes to sniff, keeping them to be read again.</summary>
    public async Task<byte[]> PeekAsync(int count, CancellationToken cancellationToken)
    {
        var buffer = new byte[count];
        var filled = 0;
        while (filled < count)
        {
            var read = await ReadSourceAsync(buffer.AsMemory(filled), cancellationToken);
            if (read == 0) break;
            filled += read;
        }
        _head = buffer[..filled];
        _headPosition = 0;
        return _head;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_headPosition < _head.Length)
        {
            var n = Math.Min(buffer.Length, _head.Length - _headPosition);
            _head.AsMemory(_headPosition, n).CopyTo(buffer);
            _headPosition += n;
            return n;
        }
        return await ReadSourceAsync(buffer, cancellationToken);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) =>
        ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    async ValueTask<int> ReadSourceAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var read = await source.ReadAsync(buffer, cancellationToken);
        _bytesRead += read;
        if (_bytesRead > maxBytes) throw new InputTooLargeException(maxBytes);
        return read;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
