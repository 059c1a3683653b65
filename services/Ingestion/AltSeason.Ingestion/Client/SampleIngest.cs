using AltSeason.Contracts.V1;
using AltSeason.Grpc;
using AltSeason.Grpc.Clients;

namespace AltSeason.Ingestion.Client;

/// <summary>
/// Client-side helper (the AppHost's run command calls it): uploads every file of a folder through the Ingestion
/// gRPC API, streaming each in chunks so files past the single-message limit go through too. Formats are detected
/// by the service from the name and content.
/// </summary>
public static class SampleIngest
{
    public static async Task<IReadOnlyList<ImportReport>> ImportFolderAsync(IngestionClient client, string folder, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"Sample data folder '{folder}' does not exist.");

        var reports = new List<ImportReport>();
        // Ordinal name order: the same folder always imports in the same order, so the event history is reproducible.
        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(path).StartsWith('.')) continue;
            await using var content = File.OpenRead(path);
            var header = new ImportHeader { FileName = Path.GetFileName(path) };
            reports.Add(await client.UploadAsync(header, content, options: new CallOptions(CancellationToken: ct)));
        }
        return reports;
    }
}
