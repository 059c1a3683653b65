using System.Diagnostics;

namespace AltSeason.Bench.Platform.Load;

/// <summary>
/// The bare endpoint in a process of its own, as Scoring is: the like-for-like ceiling. In the bench's own process the
/// bare server shares a thread pool with the load client, so no thread ever sleeps and wakes across processes, a cost
/// every real service pays; that in-process figure is still reported next to it.
/// The child is this program run with <see cref="Flag"/>; it prints its address and stops when its stdin closes.
/// </summary>
sealed class BareServerProcess : IAsyncDisposable
{
    public const string Flag = "--bare-server";
    const string ListeningPrefix = "bare listening on ";

    readonly Process _process;
    readonly string _responseFile;

    BareServerProcess(Process process, string responseFile, Uri address)
    {
        _process = process;
        _responseFile = responseFile;
        Address = address;
    }

    public Uri Address { get; }

    public int ProcessId => _process.Id;

    public static async Task<BareServerProcess> StartAsync(byte[] responseBody)
    {
        var responseFile = Path.GetTempFileName();
        await File.WriteAllBytesAsync(responseFile, responseBody);
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        // Run as `dotnet <dll>` or as the apphost, whichever started this process.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet") start.ArgumentList.Add(typeof(BareServerProcess).Assembly.Location);
        start.ArgumentList.Add(Flag);
        start.ArgumentList.Add(responseFile);
        var process = Process.Start(start) ?? throw new InvalidOperationException("The bare server process did not start.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith(ListeningPrefix, StringComparison.Ordinal))
                return new BareServerProcess(process, responseFile, new Uri(line[ListeningPrefix.Length..]));
        }
        throw new InvalidOperationException($"The bare server process exited ({process.ExitCode}) before it listened.");
    }

    /// <summary>The child's side: serve the bytes in <paramref name="responseFile"/> until the parent closes stdin.</summary>
    public static async Task ServeAsync(string responseFile)
    {
        var (app, address) = await BareEndpoint.StartAsync(await File.ReadAllBytesAsync(responseFile));
        await using var _ = app;
        Console.WriteLine(ListeningPrefix + address);
        await Console.In.ReadToEndAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill();
        }
        _process.Dispose();
        File.Delete(_responseFile);
    }
}
