using AltSeason.Contracts.V1;
using AltSeason.Grpc.Clients;
using AltSeason.Grpc.Contracts;

namespace AltSeason.Cli.Scores;

/// <summary>
/// The API has no "latest" call, so look back a month first (the usual case is a score from the last few days)
/// and only then read the whole history.
/// </summary>
public static class LatestScore
{
    public static async Task<ScoreEvaluation> FindAsync(PlatformConnection connection, ScoringClient client, string modelVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(client);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        DateOnly[] starts = [today.AddDays(-31), new DateOnly(1900, 1, 1)];
        foreach (var from in starts)
        {
            var request = new ListScoresRequest { From = from.ToMessage(), To = DateOnly.MaxValue.ToMessage(), ModelVersion = modelVersion };
            var scores = await connection.CollectAsync(o => client.ListScoresAsync(request, o), ct);
            if (scores.Count > 0)
            {
                return scores[^1];
            }
        }

        throw new CliException(ExitCodes.NotFound,
            "The platform has no scores yet: ingest data first (altseason ingest <files>).", connection.Address);
    }
}
