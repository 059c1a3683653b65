using System.Globalization;
using AltSeason.Scoring.Model;
using AltSeason.Scoring.Queries;
using AltSeason.ServiceDefaults.Auth;

namespace AltSeason.Scoring.Http;

/// <summary>
/// JSON for people on the http endpoint: <c>GET /api/scores?from=&amp;to=&amp;model=</c>, <c>/api/scores/latest</c>,
/// <c>/api/scores/{date}</c>. Bad input gets a 400 naming the parameter; <c>/</c> stays free for the dashboard.
/// </summary>
internal static class ScoreHttpEndpoints
{
    /// <summary>Without a range, a list covers the last year up to today.</summary>
    const int DefaultDays = 366;

    public static IEndpointRouteBuilder MapScoreHttpEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var scores = endpoints.MapGroup("/api/scores").RequireAuthorization(PlatformScopes.ScoreRead);
        scores.MapGet("/", ListAsync);
        scores.MapGet("/latest", LatestAsync);
        scores.MapGet("/{date}", GetAsync);
        return endpoints;
    }

    static async Task<IResult> ListAsync(ScoreQueries queries, TimeProvider clock, string? from, string? to, string? model, CancellationToken ct)
    {
        if (!TryModel(model, out var version, out var error)) return error;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (!TryDate(to, "to", today, out var last, out error)) return error;
        if (!TryDate(from, "from", last.AddDays(-DefaultDays), out var first, out error)) return error;
        if (first > last) return Problem($"from {first:yyyy-MM-dd} is after to {last:yyyy-MM-dd}.");
        var list = await queries.ListAsync(version, first, last, null, ct);
        return Results.Ok(list.Select(ScoreView.From));
    }

    static async Task<IResult> LatestAsync(ScoreQueries queries, string? model, CancellationToken ct)
    {
        if (!TryModel(model, out var version, out var error)) return error;
        return await queries.LatestAsync(version, ct) is { } latest
            ? Results.Ok(ScoreView.From(latest))
            : Results.NotFound(new { error = $"No score has been recorded under model {version} yet." });
    }

    static async Task<IResult> GetAsync(ScoreQueries queries, string date, string? model, CancellationToken ct)
    {
        if (!TryModel(model, out var version, out var error)) return error;
        if (!TryDate(date, "date", default, out var asOf, out error)) return error;
        return await queries.GetAsync(version, asOf, null, ct) is { } score
            ? Results.Ok(ScoreView.From(score))
            : Results.NotFound(new { error = $"No score for {asOf:yyyy-MM-dd} under model {version}." });
    }

    static bool TryDate(string? text, string name, DateOnly fallback, out DateOnly date, out IResult error)
    {
        error = Results.Empty;
        if (string.IsNullOrWhiteSpace(text)) { date = fallback; return true; }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)) return true;
        error = Problem($"{name} '{text}' is not a date; use yyyy-MM-dd.");
        return false;
    }

    static bool TryModel(string? model, out string version, out IResult error)
    {
        error = Results.Empty;
        try
        {
            version = ScoreQueries.ResolveModel(model);
            return true;
        }
        catch (UnknownScoreModelException e)
        {
            version = "";
            error = Problem($"model: {e.Message}");
            return false;
        }
    }

    static IResult Problem(string message) => Results.BadRequest(new { error = message });
}
