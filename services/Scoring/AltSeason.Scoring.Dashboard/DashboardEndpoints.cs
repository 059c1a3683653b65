using AltSeason.Scoring.Dashboard.Live;
using AltSeason.Scoring.Dashboard.Markets;
using AltSeason.Scoring.Dashboard.Scores;
using AltSeason.Scoring.Dashboard.Sources;
using AltSeason.Scoring.Dashboard.Web;
using AltSeason.Grpc;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AltSeason.Scoring.Dashboard;

public static class DashboardEndpoints
{
    /// <summary>
    /// Serves the score dashboard at <c>/</c>, its bundle under <c>/dashboard/</c>, and the JSON and live feed it
    /// reads under <c>/dashboard/api/</c>, gathered over gRPC from Scoring and the Equities and OnChain services.
    /// </summary>
    public static IEndpointRouteBuilder MapScoreDashboard(this IEndpointRouteBuilder endpoints, Action<DashboardOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = new DashboardOptions();
        configure?.Invoke(options);
        var services = endpoints.ServiceProvider;
        // The host's gRPC client defaults carry its own service token, so the page's reads pass the services' auth.
        var clientOptions = services.GetService<IOptions<GrpcClientOptions>>()?.Value ?? new GrpcClientOptions();
        var sources = new DashboardSources(options, services.GetRequiredService<IConfiguration>(), clientOptions);
        services.GetService<IHostApplicationLifetime>()?.ApplicationStopped.Register(sources.Dispose);
        var scores = new ScoreQueries(sources);
        var markets = new MarketQueries(sources);
        var live = new LiveScores(sources, services.GetRequiredService<ILoggerFactory>().CreateLogger<LiveScores>());

        endpoints.MapGet("/", () => EmbeddedAssets.Serve("index.html", "text/html; charset=utf-8")).ExcludeFromDescription().AllowAnonymous();
        endpoints.MapGet("/dashboard/dashboard.js", () => EmbeddedAssets.Serve("dashboard.js", "text/javascript; charset=utf-8")).ExcludeFromDescription().AllowAnonymous();
        endpoints.MapGet("/dashboard/styles.css", () => EmbeddedAssets.Serve("styles.css", "text/css; charset=utf-8")).ExcludeFromDescription().AllowAnonymous();

        var api = endpoints.MapGroup("/dashboard/api");
        if (options.PublicApi)
        {
            api.AllowAnonymous();
        }
        else if (options.ApiPolicy is { } policy)
        {
            api.RequireAuthorization(policy);
        }

        api.MapGet("/scores", async (string? from, string? to, CancellationToken ct) =>
            !DateRange.TryParse(from, to, out var range, out var error) ? ApiErrors.BadRequest(error!)
            : await Guard(async () => Results.Ok(new { scores = await scores.ListAsync(range, ct) })));

        api.MapGet("/scores/{date}", async (string date, CancellationToken ct) =>
            !DashboardDates.TryParse(date, out var day) ? ApiErrors.BadRequest($"'{date}' is not a date; use YYYY-MM-DD.")
            : await Guard(async () => await scores.GetAsync(day, ct) is { } detail
                ? Results.Ok(detail)
                : ApiErrors.NotFound($"No score was recorded for {day:yyyy-MM-dd}.")));

        api.MapGet("/markets", async (string? from, string? to, CancellationToken ct) =>
            !DateRange.TryParse(from, to, out var range, out var error) ? ApiErrors.BadRequest(error!)
            : Results.Ok(await markets.GetAsync(range, ct)));

        api.MapGet("/live", (CancellationToken ct) => TypedResults.ServerSentEvents(live.StreamAsync(ct)));
        return endpoints;
    }

    private static async Task<IResult> Guard(Func<Task<IResult>> read)
    {
        try
        {
            return await read();
        }
        catch (SourceUnavailableException ex)
        {
            return ApiErrors.Unavailable(ex);
        }
    }
}
