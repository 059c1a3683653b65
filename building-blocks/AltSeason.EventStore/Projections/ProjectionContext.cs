using Npgsql;

namespace AltSeason.EventStore.Projections;

/// <summary>The open transaction a projection writes its read model in, together with the events.</summary>
public sealed record ProjectionContext(NpgsqlConnection Connection, NpgsqlTransaction Transaction, string Schema)
{
    public NpgsqlCommand CreateCommand(string sql) => new(sql, Connection, Transaction);
}
