namespace AltSeason.Ingestion.Importing;

/// <summary>The upload is bigger than the service accepts: RESOURCE_EXHAUSTED over gRPC, 413 over HTTP.</summary>
public sealed class ImportLimitExceededException(string fileName, string limit) : Exception($"{fileName}: {limit}")
{
    public string FileName { get; } = fileName;

    public static ImportLimitExceededException Bytes(string fileName, long limit) =>
        new(fileName, $"the file is larger than the limit of {limit} bytes");

    public static ImportLimitExceededException Rows(string fileName, int limit) =>
        new(fileName, $"the file has more than {limit} data rows, the limit for one upload");
}
