using AltSeason.Contracts.V1;
using AltSeason.Reliability.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using Google.Protobuf;

namespace AltSeason.Reliability.Tests.Fuzzing;

/// <summary>
/// Generated and mutated files through the running Ingestion service's Import: each one gets an import report (a
/// rejection names the line and reason) or a typed client-error status, never INTERNAL/UNKNOWN, never a hang; the
/// service then still imports a good file.
/// </summary>
[Collection(ReliabilityPlatformGroup.Name)]
public sealed class ImportFuzzTests(ReliabilityPlatform platform)
{
    const int Cases = 120;
    static readonly string[] Formats = ["", "yahoo-csv", "stooq-csv", "fred-csv", "coingecko-market-chart", "cmc-csv", "binance-funding", "no-such-format"];
    static readonly StatusCode[] ClientErrors = [StatusCode.InvalidArgument, StatusCode.ResourceExhausted, StatusCode.FailedPrecondition, StatusCode.NotFound];

    // Small valid files of every generated kind are the seeds the mutations start from.
    static readonly byte[][] Seeds = [.. SampleBackfill.Files.Where(f => f.Content.Length < 16_000).Select(f => f.Content)];

    static Gen<byte[]> Mutated =>
        from seed in Gen.Elements(Seeds)
        from edits in Gen.ArrayOf(Edit, 1 + seed.Length % 5)
        select Apply(seed, edits);

    static Gen<(int Kind, int At, char C)> Edit =>
        from kind in Gen.Choose(0, 3)
        from at in Gen.Choose(0, int.MaxValue)
        from c in Gen.Elements(",;\n\"{}[].-0123456789enulxX\0".ToCharArray())
        select (kind, at, c);

    static Gen<byte[]> RandomBytes => Gen.Choose(0, 400).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), n));

    static byte[] Apply(byte[] seed, (int Kind, int At, char C)[] edits)
    {
        var bytes = seed.ToList();
        foreach (var (kind, at, c) in edits)
        {
            var i = bytes.Count == 0 ? 0 : at % bytes.Count;
            switch (kind)
            {
                case 0 when bytes.Count > 0: bytes[i] = (byte)c; break;                          // replace
                case 1: bytes.Insert(i, (byte)c); break;                                         // insert
                case 2 when bytes.Count > 0: bytes.RemoveRange(i, Math.Min(bytes.Count - i, 1 + at % 40)); break; // delete a run
                default: bytes.RemoveRange(i, bytes.Count - i); break;                           // truncate
            }
        }
        return [.. bytes];
    }

    [Fact]
    public async Task Mutated_and_random_files_always_get_a_report_or_a_typed_error()
    {
        var outcomes = new Dictionary<string, int>();
        var cases = Gen.Zip(Gen.Frequency((3, Mutated), (1, RandomBytes)), Gen.Elements(Formats));
        Prop.ForAll(cases.ToArbitrary(), input =>
        {
            var (content, format) = input;
            var request = new ImportRequest { FileName = "fuzz.csv", Format = format, Content = ByteString.CopyFrom(content) };
            try
            {
                var report = platform.Ingestion.ImportAsync(request, new CallOptions { Deadline = DateTime.UtcNow.AddSeconds(30) }).GetAwaiter().GetResult();
                if (!report.Accepted) Assert.True(report.Errors.Count > 0 && report.Errors.All(e => e.Reason.Length > 0), "A rejection without a reason.");
                Count(outcomes, report.Accepted ? "accepted" : "rejected with reasons");
            }
            catch (RpcException e) when (ClientErrors.Contains(e.StatusCode))
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Status.Detail), $"{e.StatusCode} without a message");
                Count(outcomes, e.StatusCode.ToString());
            }
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Cases));

        Console.WriteLine($"[reliability] import fuzz: {Cases} files ({string.Join(", ", outcomes.Select(o => $"{o.Value} {o.Key}"))})");
        var good = SampleBackfill.Files[0];
        var after = await platform.Ingestion.ImportAsync(new ImportRequest { FileName = good.FileName, Format = good.Format, Content = ByteString.CopyFrom(good.Content) });
        Assert.True(after.Accepted);
        // Accepted mutations flow on to the signal services: let them settle so the next backfill starts clean.
        await platform.SettleAsync();
    }

    static void Count(Dictionary<string, int> outcomes, string outcome) => outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
}
