using AltSeason.EventStore.Appending;
using AltSeason.EventStore.Projections;
using AltSeason.EventStore.Tests.Infrastructure;
using AltSeason.EventStore.Tests.Projections;
using AltSeason.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AltSeason.EventStore.Tests.Hosting;

[Collection(ServersFixture.Collection)]
public sealed class RegistrationTests(ServersFixture servers)
{
    [Fact]
    public async Task AddEventStore_migrates_at_start_and_runs_the_async_projections()
    {
        var schema = TestStores.NewSchemaName();
        var connectionString = await TestStores.ConnectionStringAsync(servers);
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddEventStore(o =>
        {
            o.Schema = schema;
            o.ConnectionString = connectionString;
            o.Events.Register<Opened>("account-opened").Register<Deposited>("deposited").Register<Withdrawn>("withdrawn");
            o.Projections.AddAsync(new BalanceProjection());
            o.Daemon.PollInterval = TimeSpan.FromMilliseconds(20);
        });
        using var host = builder.Build();

        await host.StartAsync();
        var store = host.Services.GetRequiredService<PostgresEventStore>();
        await BalanceProjection.CreateTableAsync(store);
        await store.AppendAsync("acct-1", ExpectedVersion.NoStream, [new Opened("ann"), new Deposited(3)]);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await BalanceProjection.SnapshotAsync(store)).Sum(r => r.Events) < 2 && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        await host.StopAsync();

        Assert.Equal([("acct-1", 3m, 2)], await BalanceProjection.SnapshotAsync(store));
        Assert.NotNull(host.Services.GetService<ProjectionDaemon>());
    }

    [Fact]
    public void A_bad_schema_name_fails_at_registration()
    {
        var services = new ServiceCollection();
        Assert.Throws<Errors.InvalidSchemaNameException>(() => services.AddEventStore(o => o.Schema = "Bad-Name"));
    }
}
