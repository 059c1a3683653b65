using AltSeason.AppHost.Hosting;
using AltSeason.AppHost.Security;

namespace AltSeason.AppHost;

/// <summary>The whole platform: two servers and five services, and who references and waits for whom.</summary>
public static class PlatformModel
{
    public static readonly string[] ServiceNames = ["ingestion", "equities", "derivatives", "onchain", "scoring"];

    public static DistributedApplication Build(DistributedApplicationBuilder builder)
    {
        var eventstore = builder.AddPostgres("postgres").AddDatabase("eventstore");
        var messaging = builder.AddRabbitMQ("messaging");
        var signingKey = PlatformSecurity.SigningKey(builder.DataDirectory);
        var certificate = builder.Args.Contains(PlatformSecurity.TlsFlag) ? PlatformSecurity.Certificate(builder.DataDirectory) : null;

        ProjectResource Service(string name, string folder)
        {
            var project = builder.AddProject(name, folder).WithReference(eventstore).WithReference(messaging).WaitFor(eventstore).WaitFor(messaging)
                .WithEnvironment("Auth__SigningKey", signingKey)
                // The browser on a local run has no token; the dashboard's read-only API is open there (and only there).
                .WithEnvironment("Auth__Dashboard__Public", "true");
            return certificate is null ? project : project.WithTls(certificate);
        }

        var ingestion = Service("ingestion", "services/Ingestion/AltSeason.Ingestion");
        var equities = Service("equities", "services/Equities/AltSeason.Equities");
        var derivatives = Service("derivatives", "services/Derivatives/AltSeason.Derivatives");
        var onchain = Service("onchain", "services/OnChain/AltSeason.OnChain");
        Service("scoring", "services/Scoring/AltSeason.Scoring")
            .WithReference(equities).WithReference(derivatives).WithReference(onchain).WithReference(ingestion);

        return builder.Build();
    }
}
