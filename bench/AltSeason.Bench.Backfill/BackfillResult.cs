namespace AltSeason.Bench.Backfill;

/// <summary>One backfill: its size, how long until the platform settled, and what each service wrote and used.</summary>
public sealed record BackfillResult(
    string Size,
    int Files,
    long Observations,
    TimeSpan ImportTime,
    TimeSpan WallTime,
    IReadOnlyDictionary<string, long> Events,
    IReadOnlyDictionary<string, long> PeakRssKiB,
    IReadOnlyDictionary<string, double> CpuSeconds)
{
    public double ObservationsPerSecond => Observations / WallTime.TotalSeconds;

    public double MicrosecondsPerObservation => WallTime.TotalMicroseconds / Observations;

    public void Print(BackfillResult baseline)
    {
        Console.WriteLine($"{Size}: {Files} files, {Observations:N0} observations; imports took {ImportTime.TotalSeconds:F1} s, settled after {WallTime.TotalSeconds:F1} s ({ObservationsPerSecond:N0} obs/s, {MicrosecondsPerObservation / baseline.MicrosecondsPerObservation:F2}x the {baseline.Size} cost per observation)");
        foreach (var (service, count) in Events)
        {
            var cpu = CpuSeconds.GetValueOrDefault(service);
            Console.WriteLine($"  {service,-12} events {count,9:N0}   peak RSS {PeakRssKiB.GetValueOrDefault(service) / 1024.0,7:F1} MiB   CPU {cpu,6:F1} s"
                + (count > 0 ? $" ({cpu * 1000 / count:F2} ms/event)" : ""));
        }
    }
}
