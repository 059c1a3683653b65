using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace AltSeason.ServiceDefaults.Health;

public static class DatabaseExtensions
{
    public const string ConnectionName = "eventstore";

    /// <summary>One pooled <see cref="NpgsqlDataSource"/> per service from <c>ConnectionStrings:eventstore</c>, with a readiness check.</summary>
    public static void AddEventStoreDatabase(this IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"No database configured: set ConnectionStrings__{ConnectionName} (an Npgsql connection string), or start the platform with ./run.sh.");
        }
        var applicationName = builder.Environment.ApplicationName;
        builder.Services.AddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString)
        {
            ConnectionStringBuilder = { ApplicationName = applicationName },
        }.Build());
        builder.Services.AddHealthChecks().AddCheck<PostgresHealthCheck>("postgres", tags: [Extensions.ReadyTag], timeout: TimeSpan.FromSeconds(3));
    }
}
