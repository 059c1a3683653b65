namespace AltSeason.Bench.IngestionImport;

/// <summary>Samples this process's resident memory (VmRSS) while an import runs; the peak is what a service would need.</summary>
sealed class PeakMemory
{
    volatile bool _stop;
    readonly Task<double> _sampling;

    PeakMemory()
    {
        StartMiB = RssMiB();
        _sampling = Task.Run(async () =>
        {
            var peak = StartMiB;
            while (!_stop)
            {
                peak = Math.Max(peak, RssMiB());
                await Task.Delay(50);
            }
            return Math.Max(peak, RssMiB());
        });
    }

    public double StartMiB { get; }

    public static PeakMemory Start() => new();

    public async Task<(double StartMiB, double PeakMiB)> StopAsync()
    {
        _stop = true;
        var peak = await _sampling;
        return (StartMiB, peak);
    }

    static double RssMiB()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                return double.Parse(line[6..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024;
        return 0;
    }
}
