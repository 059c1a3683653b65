using System.Net;
using System.Net.Http.Headers;
using AltSeason.ServiceDefaults.Auth;
using AltSeason.Testing;

namespace AltSeason.Security.Tests;

public sealed class HttpAccessTests(SecuredServices services) : IClassFixture<SecuredServices>
{
    async Task<HttpResponseMessage> PostImport(string? token)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(services.IngestionHttp, "/api/imports?fileName=x.csv"))
        {
            Content = new StringContent("not,a,known\nformat,at,all\n"),
        };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request);
    }

    [Fact]
    public async Task Imports_need_ingest_write_over_http()
    {
        var allowed = await PostImport(TestTokens.For(PlatformScopes.IngestWrite));
        Assert.NotEqual(HttpStatusCode.Unauthorized, allowed.StatusCode);
        Assert.NotEqual(HttpStatusCode.Forbidden, allowed.StatusCode);

        var forbidden = await PostImport(TestTokens.For(PlatformScopes.ScoreRead));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Contains("ingest:write", await forbidden.Content.ReadAsStringAsync());

        var missing = await PostImport(null);
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal("Bearer", missing.Headers.WwwAuthenticate.First().Scheme);

        var expired = await PostImport(PlatformTokens.Mint(TestTokens.SigningKey, "t", [PlatformScopes.IngestWrite], TimeSpan.FromMinutes(1), now: DateTimeOffset.UtcNow.AddHours(-2)));
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Contains("expired", await expired.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_and_alive_are_open()
    {
        using var http = new HttpClient();
        Assert.NotEqual(HttpStatusCode.Unauthorized, (await http.GetAsync(new Uri(services.EquitiesHttp, "/health"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri(services.IngestionHttp, "/alive"))).StatusCode);
    }
}
