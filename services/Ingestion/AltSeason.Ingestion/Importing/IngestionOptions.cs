namespace AltSeason.Ingestion.Importing;

/// <summary>Limits that keep one upload from exhausting the service; configuration section <c>Ingestion</c>.</summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Largest file accepted by any route (gRPC Import, Upload, HTTP); larger ones get RESOURCE_EXHAUSTED / 413.</summary>
    public long MaxUploadBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Most data rows one file may hold.</summary>
    public int MaxRowsPerFile { get; set; } = 5_000_000;

    /// <summary>Largest single gRPC message: bounds Import (whole file in one message); Upload streams past it.</summary>
    public int MaxGrpcMessageBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Row errors listed in a report (the count of rejected rows is always complete).</summary>
    public int MaxReportedErrors { get; set; } = 100;
}
