using System.Security.Cryptography.X509Certificates;
using AltSeason.Cli.Tests.Support;
using AltSeason.ServiceDefaults.Tls;
using AltSeason.TestPlatform;

namespace AltSeason.Cli.Tests.Commands;

/// <summary>
/// The CLI against a platform serving https:// with a self-signed development certificate, as <c>./run.sh --tls</c> does:
/// trusted through --ca-cert, ALTSEASON_CA_CERT or the AppHost's data folder; refused with a message naming the file.
/// </summary>
public sealed class TlsTrustTests : IAsyncLifetime, IDisposable
{
    private readonly X509Certificate2 _certificate = DevelopmentCertificate.Generate();
    private readonly TempFolder _folder = new();
    private TestPlatformHost? _host;

    private Uri Address => new($"https://127.0.0.1:{_host!.Address.Port}");

    /// <summary>The public certificate where the AppHost writes it: <c>&lt;data folder&gt;/tls/dev-cert.pem</c>.</summary>
    private string DevCertificate => _folder.Write(Path.Combine("apphost", "tls", "dev-cert.pem"), _certificate.ExportCertificatePem());

    public async Task InitializeAsync() => _host = await TestPlatformHost.StartAsync(_certificate);

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    public void Dispose()
    {
        _certificate.Dispose();
        _folder.Dispose();
    }

    private Task<CliResult> Score(Dictionary<string, string> environment, params string[] extra) =>
        CliRunner.RunAsync(environment, ["score", "--as-of", "2026-01-07", "--endpoint", Address.ToString(), "--json", .. extra]);

    private Dictionary<string, string> EmptyDataFolder() => new() { [AppHostDataFolder.Variable] = Path.Combine(_folder.Path, "empty") };

    [Fact]
    public async Task Ca_cert_option_trusts_the_development_certificate()
    {
        var result = await Score(EmptyDataFolder(), "--ca-cert", DevCertificate);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Equal(TestData.Score(2).ScorePoints, result.Json["scorePoints"]!.GetValue<double>(), 9);
    }

    [Fact]
    public async Task Ca_cert_variable_trusts_the_development_certificate()
    {
        var environment = EmptyDataFolder();
        environment[ServerTrust.Variable] = DevCertificate;

        var result = await Score(environment);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
    }

    [Fact]
    public async Task The_apphost_certificate_is_found_in_its_data_folder_like_the_signing_key()
    {
        _ = DevCertificate;
        var environment = new Dictionary<string, string> { [AppHostDataFolder.Variable] = Path.Combine(_folder.Path, "apphost") };

        var result = await Score(environment);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
    }

    [Fact]
    public async Task Without_a_certificate_the_error_says_the_server_is_not_trusted_and_where_it_looked()
    {
        var environment = EmptyDataFolder();

        var result = await Score(environment);

        Assert.Equal(ExitCodes.Unreachable, result.ExitCode);
        Assert.Contains("does not trust", result.Error);
        Assert.Contains(Path.Combine(_folder.Path, "empty", "tls", "dev-cert.pem"), result.Error);
        Assert.Contains("--ca-cert", result.Error);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_certificate_that_did_not_sign_the_servers_is_named_in_the_error()
    {
        using var other = DevelopmentCertificate.Generate();
        var wrong = _folder.Write("other.pem", other.ExportCertificatePem());

        var result = await Score(EmptyDataFolder(), "--ca-cert", wrong);

        Assert.Equal(ExitCodes.Unreachable, result.ExitCode);
        Assert.Contains("does not trust", result.Error);
        Assert.Contains(wrong, result.Error);
    }

    [Fact]
    public async Task A_missing_certificate_file_is_a_usage_error_naming_it()
    {
        var missing = Path.Combine(_folder.Path, "nope.pem");

        var result = await Score(EmptyDataFolder(), "--ca-cert", missing);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains($"'{missing}'", result.Error);
        Assert.Contains("does not exist", result.Error);
    }

    [Fact]
    public async Task A_file_that_is_not_a_certificate_is_a_usage_error_naming_it()
    {
        var garbage = _folder.Write("garbage.pem", "-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n");
        var environment = EmptyDataFolder();
        environment[ServerTrust.Variable] = garbage;

        var result = await Score(environment);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(ServerTrust.Variable, result.Error);
        Assert.Contains($"'{garbage}'", result.Error);
        Assert.Contains("not a PEM or DER certificate", result.Error);
    }
}
