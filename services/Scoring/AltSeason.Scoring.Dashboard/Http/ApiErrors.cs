using AltSeason.Scoring.Dashboard.Sources;
using Microsoft.AspNetCore.Http;

namespace AltSeason.Scoring.Dashboard;

/// <summary>JSON errors the page shows as they are: <c>{ "error": "..." }</c> with a fitting HTTP status.</summary>
internal static class ApiErrors
{
    public static IResult BadRequest(string message) => Results.Json(new { error = message }, statusCode: StatusCodes.Status400BadRequest);

    public static IResult NotFound(string message) => Results.Json(new { error = message }, statusCode: StatusCodes.Status404NotFound);

    public static IResult Unavailable(SourceUnavailableException ex) =>
        Results.Json(new { error = ex.Message, service = ex.Service }, statusCode: StatusCodes.Status502BadGateway);
}
