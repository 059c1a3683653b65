using AltSeason.AppHost.Security;
using AltSeason.Contracts.V1;
using AltSeason.Grpc;
using AltSeason.Grpc.Clients;
using AltSeason.Grpc.Contracts;
using AltSeason.ServiceDefaults.Auth;
using AltSeason.Testing;
using Google.Protobuf;

namespace AltSeason.Security.Tests.Platform;

/// <summary>
/// The whole platform (AppHost, PostgreSQL, RabbitMQ, five services) as <c>./run.sh --tls</c> starts it: gRPC over TLS
/// with the data folder's development certificate, auth on, and the services' log lines captured.
/// </summary>
public sealed class TlsPlatform : PlatformFixture, IDisposable
{
    CapturedConsole? _console;

    protected override string[] AppHostArguments => [PlatformSecurity.TlsFlag];

    protected override bool QuietServices => false;

    /// <summary>The services' (and the AppHost's) log lines so far.</summary>
    public string Logs => _console?.Text ?? "";

    public string CertificateFile => Path.Combine(DataDirectory, "tls", "dev-cert.pem");

    public Uri Grpc(string service) => new(App.Project(service).GrpcUrl);

    /// <summary>
    /// Imports the last 250 days of the Russell 2000 and S&amp;P 500 through Ingestion (ingest:write, over TLS) once, and
    /// waits until Scoring has scored a date: the evaluations crossed RabbitMQ, and Scoring asked the other families for
    /// the components it lacked over TLS with its own token. Returns the newest scored date.
    /// </summary>
    public Task<DateOnly> ScoredDateAsync() => _scored ??= ImportAndWaitForAScoreAsync();

    Task<DateOnly>? _scored;

    async Task<DateOnly> ImportAndWaitForAScoreAsync()
    {
        using (var ingestion = new GrpcClient(Grpc("ingestion"), ClientOptions(PlatformScopes.IngestWrite)))
        {
            foreach (var file in new[] { "RUT.csv", "SPX.csv" })
            {
                var lines = await File.ReadAllLinesAsync(ReferenceData.PathOf(file));
                var content = string.Join('\n', [lines[0], .. lines[^250..]]) + "\n";
                var report = await new IngestionClient(ingestion).ImportAsync(new ImportRequest { FileName = file, Content = ByteString.CopyFromUtf8(content) });
                if (!report.Accepted) throw new InvalidOperationException($"{file} was rejected: {string.Join("; ", report.Errors.Select(e => e.Reason))}");
            }
        }

        using var scoring = new GrpcClient(Grpc("scoring"), ClientOptions(PlatformScopes.ScoreRead));
        var everything = new ListScoresRequest { From = new DateOnly(2000, 1, 1).ToMessage(), To = new DateOnly(2100, 1, 1).ToMessage() };
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            var scores = new List<ScoreEvaluation>();
            await foreach (var score in new ScoringClient(scoring).ListScoresAsync(everything)) scores.Add(score);
            if (scores.Count > 0) return scores.Max(s => s.AsOf.ToDateOnly("as_of"));
            await Task.Delay(500);
        }
        throw new TimeoutException("No score appeared within 3 minutes of importing RUT.csv and SPX.csv over TLS.");
    }

    public override async Task InitializeAsync()
    {
        _console = new CapturedConsole();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Dispose();
    }

    public void Dispose() => _console?.Dispose();
}
