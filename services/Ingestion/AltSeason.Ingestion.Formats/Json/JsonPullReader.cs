using System.Text.Json;
using AltSeason.Ingestion.Formats.Parsing;

namespace AltSeason.Ingestion.Formats.Json;

/// <summary>
/// Streams JSON tokens from a <see cref="Stream"/> through <see cref="Utf8JsonReader"/> over a refilled buffer,
/// one token at a time, so a parser can be written as plain code without holding the document in memory.
/// Tracks the line of each token for error messages.
/// </summary>
sealed class JsonPullReader(Stream stream, ParseContext context)
{
    byte[] _buffer = new byte[64 * 1024];
    int _start;
    int _end;
    bool _finalBlock;
    bool _bomChecked;
    int _lineAtStart = 1;
    JsonReaderState _state = new(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });

    public JsonTokenType TokenType { get; private set; }
    public int Line { get; private set; } = 1;

    /// <summary>Text of a string or property name; raw text of a number.</summary>
    public string Text { get; private set; } = "";

    /// <summary>Value of a number token; NaN when it does not fit a double.</summary>
    public double Number { get; private set; }

    public int Depth { get; private set; }

    /// <returns>False at the end of the document.</returns>
    public async ValueTask<bool> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (TryReadToken()) return true;
            if (_finalBlock) return false;
            await FillAsync(cancellationToken);
        }
    }

    /// <summary>Reads the next token, failing the file when the document ends early.</summary>
    public async ValueTask NextAsync(CancellationToken cancellationToken)
    {
        if (!await ReadAsync(cancellationToken))
            throw context.Fatal(Line, null, "the JSON document ends early");
    }

    /// <summary>Skips the value whose first token was just read (a scalar, or a whole object or array).</summary>
    public async ValueTask SkipValueAsync(CancellationToken cancellationToken)
    {
        if (TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray)) return;
        var depth = Depth;
        do await NextAsync(cancellationToken);
        while (!(TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray && Depth == depth));
    }

    bool TryReadToken()
    {
        var span = _buffer.AsSpan(_start, _end - _start);
        var reader = new Utf8JsonReader(span, _finalBlock, _state);
        bool read;
        try
        {
            read = reader.Read();
        }
        catch (JsonException ex)
        {
            // The reader state carries the line count across buffers, so the exception's line is absolute (0-based).
            var line = 1 + (int)(ex.LineNumber ?? 0);
            context.CurrentLine = line;
            throw context.Fatal(line, null, $"malformed JSON: {FirstSentence(ex.Message)}");
        }
        if (!read) return false;

        var tokenStart = (int)reader.TokenStartIndex;
        Line = _lineAtStart + span[..tokenStart].Count((byte)'\n');
        context.CurrentLine = Line;
        TokenType = reader.TokenType;
        Depth = reader.CurrentDepth;
        switch (TokenType)
        {
            case JsonTokenType.String or JsonTokenType.PropertyName:
                Text = reader.GetString() ?? "";
                break;
            case JsonTokenType.Number:
                Text = System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
                Number = reader.TryGetDouble(out var number) && double.IsFinite(number) ? number : double.NaN;
                break;
            default:
                Text = "";
                break;
        }
        var consumed = (int)reader.BytesConsumed;
        _lineAtStart += span[..consumed].Count((byte)'\n');
        _start += consumed;
        _state = reader.CurrentState;
        return true;
    }

    async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2); // one token larger than the buffer

        var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
        if (read == 0) _finalBlock = true;
        _end += read;
        if (!_bomChecked && (_end >= 3 || _finalBlock))
        {
            _bomChecked = true;
            if (_buffer.AsSpan(0, _end).StartsWith("\uFEFF"u8)) _start = 3;
        }
    }

    static string FirstSentence(string message)
    {
        foreach (var marker in new[] { " LineNumber:", " Path:" })
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut > 0) message = message[..cut];
        }
        return message.TrimEnd();
    }
}
