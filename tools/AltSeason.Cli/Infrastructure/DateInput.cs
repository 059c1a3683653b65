using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace AltSeason.Cli;

/// <summary>Market dates on the command line: <c>YYYY-MM-DD</c>, with an error naming the option and the text.</summary>
public static class DateInput
{
    public static Option<DateOnly?> Option(string name, string description, bool required = false) => new(name)
    {
        Description = description + " (YYYY-MM-DD)",
        Required = required,
        CustomParser = result => Parse(result.Tokens, name, result.AddError),
    };

    public static Argument<DateOnly> Argument(string name, string description) => new(name)
    {
        Description = description + " (YYYY-MM-DD)",
        CustomParser = result => Parse(result.Tokens, name, result.AddError) ?? default,
    };

    public static Option<DateTimeOffset?> InstantOption(string name, string description) => new(name)
    {
        Description = description + " (ISO 8601, e.g. 2026-01-20T12:00:00Z)",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
            {
                return instant.ToUniversalTime();
            }

            result.AddError($"{name} '{text}' is not an instant; use ISO 8601 such as 2026-01-20T12:00:00Z.");
            return null;
        },
    };

    private static DateOnly? Parse(IReadOnlyList<Token> tokens, string name, Action<string> addError)
    {
        var text = tokens.Count == 1 ? tokens[0].Value : "";
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        addError($"{name} '{text}' is not a date; use YYYY-MM-DD, e.g. 2026-01-20.");
        return null;
    }
}
