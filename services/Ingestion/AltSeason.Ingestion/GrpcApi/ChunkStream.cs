using AltSeason.Contracts.V1;
using AltSeason.Ingestion.Importing;

namespace AltSeason.Ingestion.GrpcApi;

/// <summary>The data chunks of an Upload read as one stream, so the file never has to sit in memory whole.</summary>
public sealed class ChunkStream(IAsyncEnumerator<ImportChunk> chunks) : Stream
{
    ReadOnlyMemory<byte> _current = ReadOnlyMemory<byte>.Empty;
    int _chunkNumber = 1; // the header was chunk 1
    bool _ended;

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (_current.IsEmpty && !_ended)
        {
            if (!await chunks.MoveNextAsync())
            {
                _ended = true;
                break;
            }
            _chunkNumber++;
            if (chunks.Current.PartCase != ImportChunk.PartOneofCase.Data)
                throw new InvalidImportRequestException(
                    $"Upload chunk {_chunkNumber} carries a {chunks.Current.PartCase} part; only the first chunk may be the header.");
            _current = chunks.Current.Data.Memory;
        }
        var count = Math.Min(buffer.Length, _current.Length);
        _current[..count].CopyTo(buffer);
        _current = _current[count..];
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count).GetAwaiter().GetResult();

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
