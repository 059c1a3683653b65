using Npgsql;

namespace AltSeason.EventStore.Schema;

/// <summary>
/// Creates and upgrades the store's schema. Safe to run from every instance at start: a transaction-scoped
/// advisory lock lets one migrate while the others wait, and applied scripts are recorded and skipped.
/// </summary>
internal sealed class SchemaMigrator(NpgsqlDataSource dataSource, string schema)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        await Execute(connection, transaction, "SELECT pg_advisory_xact_lock(@key)", cancellationToken,
            new NpgsqlParameter<long>("key", AdvisoryLockKey.For("schema", schema)));
        await Execute(connection, transaction, $"""
            CREATE SCHEMA IF NOT EXISTS "{schema}";
            CREATE TABLE IF NOT EXISTS "{schema}".schema_migrations (
                script text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())
            """, cancellationToken);

        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand($"""SELECT script FROM "{schema}".schema_migrations""", connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken)) applied.Add(reader.GetString(0));

        foreach (var (name, sql) in SqlScripts.For(schema))
        {
            if (applied.Contains(name)) continue;
            await Execute(connection, transaction, sql, cancellationToken);
            await Execute(connection, transaction, $"""INSERT INTO "{schema}".schema_migrations (script) VALUES (@name)""",
                cancellationToken, new NpgsqlParameter<string>("name", name));
        }
        await transaction.CommitAsync(cancellationToken);
    }

    static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql,
        CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddRange(parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
