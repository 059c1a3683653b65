using AltSeason.Cli.Tests.Support;
using AltSeason.TestPlatform;

namespace AltSeason.Cli.Tests.Commands;

public sealed class AuditCommandTests(PlatformFixture platform) : IClassFixture<PlatformFixture>
{
    [Fact]
    public async Task History_json_returns_the_streams_events_with_full_hashes()
    {
        var stream = TestAuditApi.StreamOf(TestData.ScoreDates[3]);

        var result = await platform.RunAsync("audit", "history", stream, "--json");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        var e = Assert.Single(result.Json.AsArray())!;
        Assert.Equal(stream, e["streamId"]!.GetValue<string>());
        Assert.Equal(TestAuditApi.Hash(e["dataJson"]!.GetValue<string>()), e["sha256"]!.GetValue<string>());
    }

    [Fact]
    public async Task History_table_lists_versions_and_short_hashes()
    {
        var result = await platform.RunAsync("audit", "history", TestAuditApi.TamperedStream);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        var events = TestAuditApi.Events.Where(e => e.StreamId == TestAuditApi.TamperedStream).ToList();
        Assert.Contains(events[0].Sha256[..12], result.Output);
        Assert.Contains(events[1].Sha256[..12], result.Output);
        Assert.Contains("2 event(s)", result.Output);
    }

    [Fact]
    public async Task As_of_by_family_and_date_finds_the_score_event()
    {
        var result = await platform.RunAsync("audit", "as-of", "--family", "score", "--date", "2026-01-06", "--json");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Equal("score-v1-2026-01-06", result.Json["streamId"]!.GetValue<string>());
    }

    [Fact]
    public async Task As_of_before_anything_was_recorded_is_not_found()
    {
        var result = await platform.RunAsync("audit", "as-of", "--stream", "score-v1-2026-01-06", "--known-at", "2020-01-01T00:00:00Z");

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
    }

    [Fact]
    public async Task As_of_needs_a_stream_or_a_family_and_date()
    {
        var result = await platform.RunAsync("audit", "as-of", "--family", "score");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--family and --date go together", result.Error);
    }

    [Fact]
    public async Task Verify_of_an_intact_stream_succeeds()
    {
        var result = await platform.RunAsync("audit", "verify", "--stream", "score-v1-2026-01-06", "--json");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.True(result.Json["ok"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Verify_of_everything_finds_the_tampered_event_and_fails()
    {
        var result = await platform.RunAsync("audit", "verify");

        Assert.Equal(ExitCodes.AuditMismatch, result.ExitCode);
        Assert.Contains($"Hash chain broken in {TestAuditApi.TamperedStream} at version 2", result.Output);
    }

    [Fact]
    public async Task Replay_reports_differences_with_the_mismatch_exit_code()
    {
        var clean = await platform.RunAsync("audit", "replay", "--prefix", "score-v1-2026-01", "--json");
        var tampered = await platform.RunAsync("audit", "replay", "--prefix", TestAuditApi.TamperedStream, "--json");

        Assert.True(clean.ExitCode == ExitCodes.Success, clean.ToString());
        Assert.Equal("0", clean.Json["differences"]!.ToString());
        Assert.Equal(ExitCodes.AuditMismatch, tampered.ExitCode);
        Assert.Equal("1", tampered.Json["differences"]!.ToString());
    }

    [Fact]
    public async Task An_unknown_service_is_refused()
    {
        var result = await platform.RunAsync("audit", "verify", "--service", "billing");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("billing", result.Error);
    }

    [Fact]
    public async Task Rebuild_reports_events_applied_and_rows_before_and_after()
    {
        var json = await platform.RunAsync("audit", "rebuild", "--service", "equities", "--json");
        var table = await platform.RunAsync("audit", "rebuild");

        Assert.True(json.ExitCode == ExitCodes.Success, json.ToString());
        Assert.Equal(TestAuditApi.Events.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), json.Json["eventsApplied"]!.GetValue<string>());
        var scores = Assert.Single(json.Json["tables"]!.AsArray())!;
        Assert.Equal("scores", scores["name"]!.GetValue<string>());
        Assert.True(table.ExitCode == ExitCodes.Success, table.ToString());
        Assert.Contains("scoring: " + TestAuditApi.Events.Count + " event(s) re-applied", table.Output);
        Assert.Contains("Rows before", table.Output);
    }
}
