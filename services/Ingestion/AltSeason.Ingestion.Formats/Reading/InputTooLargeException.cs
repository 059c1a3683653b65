namespace AltSeason.Ingestion.Formats.Reading;

/// <summary>Raised from inside the stream so every parser stops at the byte limit, however it reads.</summary>
sealed class InputTooLargeException(long limit) : IOException($"The input is larger than {limit} bytes.")
{
    public long Limit => limit;
}
