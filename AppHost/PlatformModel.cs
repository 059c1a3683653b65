using AltSeason.AppHost.Hosting;

namespace AltSeason.AppHost;

/// <summary>The whole platform: two servers and five services, and who references and waits for whom.</summary>
public static class PlatformModel
{
    public static readonly string[] ServiceNames = ["ingestion", "equities", "derivatives", "onchain", "scoring"];

    public static DistributedApplication Build(DistributedApplicationBuilder builder)
    {
        var eventstore = builder.AddPostgres("postgres").AddDatabase("eventstore");
        var messaging = builder.AddRabbitMQ("messaging");

        ProjectResource Service(string name, string folder) =>
            builder.AddProject(name, folder).WithReference(eventstore).WithReference(messaging).WaitFor(eventstore).WaitFor(messaging);

        var ingestion = Service("ingestion", "services/Ingestion/AltSeason.Ingestion");
        var equities = Service("equities", "services/Equities/AltSeason.Equities");
        var derivatives = Service("derivatives", "services/Derivatives/AltSeason.Derivatives");
        var onchain = Service("onchain", "services/OnChain/AltSeason.OnChain");
        Service("scoring", "services/Scoring/AltSeason.Scoring")
            .WithReference(equities).WithReference(derivatives).WithReference(onchain).WithReference(ingestion);

        return builder.Build();
    }
}
