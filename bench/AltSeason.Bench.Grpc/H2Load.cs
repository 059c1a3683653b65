using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace AltSeason.Bench.Grpc;

/// <summary>
/// Runs nghttp2's h2load (Debian: nghttp2-client), a C load generator that costs the server's two cores far less
/// than a .NET client would. Returns null when it is not installed.
/// </summary>
internal static partial class H2Load
{
    public static async Task<double?> RequestsPerSecondAsync(Uri address, string path, byte[] body, int requests, int streams)
    {
        var bodyFile = Path.GetTempFileName();
        await File.WriteAllBytesAsync(bodyFile, body);
        try
        {
            var start = new ProcessStartInfo("h2load") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[]
            {
                "-n", requests.ToString(CultureInfo.InvariantCulture), "-c", "1", "-m", streams.ToString(CultureInfo.InvariantCulture),
                "-d", bodyFile, "-H", "content-type: application/grpc", "-H", "te: trailers", new Uri(address, path).ToString(),
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            var succeeded = SucceededPattern().Match(output);
            if (!succeeded.Success || succeeded.Groups[1].Value != requests.ToString(CultureInfo.InvariantCulture))
            {
                throw new InvalidOperationException($"h2load did not complete every request on {path}:{Environment.NewLine}{output}");
            }

            return double.Parse(RatePattern().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
        finally
        {
            File.Delete(bodyFile);
        }
    }

    [GeneratedRegex(@"finished in [\d.]+m?s, ([\d.]+) req/s")]
    private static partial Regex RatePattern();

    [GeneratedRegex(@"(\d+) succeeded")]
    private static partial Regex SucceededPattern();
}
