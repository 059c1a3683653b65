namespace AltSeason.EventStore.Errors;

public sealed class InvalidSchemaNameException(string? schema)
    : EventStoreException(
        $"Schema name '{schema}' is not allowed: it must match {Configuration.SchemaName.Pattern}.")
{
    public string? Schema { get; } = schema;
}
