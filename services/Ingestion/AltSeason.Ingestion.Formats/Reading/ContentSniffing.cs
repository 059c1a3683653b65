using System.Text;

namespace AltSeason.Ingestion.Formats.Reading;

/// <summary>Looks at the first bytes of a file, past a UTF-8 byte order mark and blank space.</summary>
static class ContentSniffing
{
    public static ReadOnlySpan<byte> SkipBomAndSpace(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("\uFEFF"u8)) head = head[3..];
        var i = 0;
        while (i < head.Length && head[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') i++;
        return head[i..];
    }

    public static bool IsBlank(ReadOnlySpan<byte> head) => SkipBomAndSpace(head).IsEmpty;

    /// <summary>Vendors (Stooq, Yahoo) answer a bad request with an HTML page; callers save it as .csv anyway.</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<byte> head)
    {
        var start = SkipBomAndSpace(head);
        if (start.IsEmpty || start[0] != (byte)'<') return false;
        var text = Encoding.UTF8.GetString(start[..Math.Min(start.Length, 512)]).ToLowerInvariant();
        return text.Contains("<html") || text.Contains("<!doctype") || text.Contains("<head") || text.Contains("<body")
               || text.Contains("<?xml");
    }

    public static bool LooksLikeJson(ReadOnlySpan<byte> head)
    {
        var start = SkipBomAndSpace(head);
        return !start.IsEmpty && start[0] is (byte)'{' or (byte)'[';
    }
}
