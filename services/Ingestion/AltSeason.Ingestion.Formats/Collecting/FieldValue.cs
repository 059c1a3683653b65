namespace AltSeason.Ingestion.Formats.Collecting;

/// <summary>One validated number of a row, before it knows its series and time.</summary>
readonly record struct FieldValue(string Field, double Value);
