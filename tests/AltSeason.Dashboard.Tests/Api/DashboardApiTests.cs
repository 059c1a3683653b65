using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AltSeason.Dashboard.Tests.Support;
using AltSeason.TestPlatform;

namespace AltSeason.Dashboard.Tests.Api;

public sealed class DashboardApiTests(DashboardHost host) : IClassFixture<DashboardHost>, IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = host.Address };

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task The_page_and_its_bundle_are_served_from_the_assembly()
    {
        var page = await _http.GetStringAsync("/");
        var bundle = await _http.GetAsync("/dashboard/dashboard.js");

        Assert.Contains("<canvas id=\"score-chart\"", page);
        Assert.Contains("/dashboard/dashboard.js", page);
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.Equal("text/javascript", bundle.Content.Headers.ContentType?.MediaType);
        // Chart.js is inside the bundle, not fetched from a CDN.
        Assert.Contains("Chart", await bundle.Content.ReadAsStringAsync());
        Assert.DoesNotContain("cdn.", page);
    }

    [Fact]
    public async Task Scores_lists_every_scored_date_in_order()
    {
        var json = await _http.GetFromJsonAsync<JsonObject>("/dashboard/api/scores");

        var scores = json!["scores"]!.AsArray();
        Assert.Equal(TestData.ScoreDates.Select(d => d.ToString("yyyy-MM-dd")), scores.Select(s => s!["date"]!.GetValue<string>()));
        Assert.Equal(TestData.Score(4).ScorePoints, scores[4]!["score"]!.GetValue<double>(), 9);
    }

    [Fact]
    public async Task Scores_in_a_range_are_only_those_dates()
    {
        var json = await _http.GetFromJsonAsync<JsonObject>("/dashboard/api/scores?from=2026-01-06&to=2026-01-08");

        Assert.Equal(3, json!["scores"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_dates_detail_has_its_components_and_contributions()
    {
        var json = await _http.GetFromJsonAsync<JsonObject>("/dashboard/api/scores/2026-01-05");

        var expected = TestData.Score(0);
        var components = json!["components"]!.AsArray();
        Assert.Equal(expected.Components.Select(c => c.Name), components.Select(c => c!["name"]!.GetValue<string>()));
        Assert.Equal(expected.ScorePoints, components.Sum(c => c!["contribution"]!.GetValue<double>()), 9);
        Assert.Equal(["onchain_flows"], json["missing"]!.AsArray().Select(m => m!.GetValue<string>()));
    }

    [Theory]
    [InlineData("/dashboard/api/scores/2026-13-01", "'2026-13-01' is not a date")]
    [InlineData("/dashboard/api/scores?from=soon", "from 'soon' is not a date")]
    [InlineData("/dashboard/api/markets?from=2026-02-01&to=2026-01-01", "from 2026-02-01 is after to 2026-01-01")]
    public async Task Bad_input_gets_400_naming_what_was_wrong(string url, string message)
    {
        var response = await _http.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await response.Content.ReadFromJsonAsync<JsonObject>())!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_date_never_scored_is_404()
    {
        var response = await _http.GetAsync("/dashboard/api/scores/2025-06-02");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("2025-06-02", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Markets_shape_each_family_for_its_charts()
    {
        var json = await _http.GetFromJsonAsync<JsonObject>("/dashboard/api/markets");

        Assert.Empty(json!["problems"]!.AsArray());
        Assert.Equal(Expected.EquityDates, json["relativeStrength"]!.AsArray().Count);
        Assert.Equal(Expected.OnChainDates, json["altSeasonIndex"]!.AsArray().Count);
        var point = json["equityCrypto"]!.AsArray()[7]!;
        var onChain = TestData.OnChain(TestData.OnChainDates.ToList().IndexOf(TestData.ScoreDates[7]));
        double Value(string name) => onChain.Values.Single(v => v.Name == name).Value;
        Assert.Equal(Value("onchain.others") * 100 / Value("onchain.others_dominance"), point["cryptoMarketCap"]!.GetValue<double>(), 6);
        Assert.Equal(2000 + 10 * 7, point["russell2000"]!.GetValue<double>());
    }
}
