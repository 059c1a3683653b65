using System.Text.RegularExpressions;
using AltSeason.EventStore.Errors;

namespace AltSeason.EventStore.Appending;

public static partial class StreamId
{
    // \z, not $: in .NET, $ also matches before a final newline, which would let "name\n" through.
    public const string Pattern = "^[a-z0-9][a-z0-9._:/-]{0,199}\\z";

    public static bool IsValid(string? streamId) => streamId is not null && Regex().IsMatch(streamId);

    public static string Validate(string? streamId) =>
        IsValid(streamId) ? streamId! : throw new InvalidStreamIdException(streamId);

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex Regex();
}
