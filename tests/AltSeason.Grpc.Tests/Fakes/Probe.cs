namespace AltSeason.Grpc.Tests.Fakes;

/// <summary>What the fake services saw, for tests to assert on.</summary>
public sealed class Probe
{
    private int _calls;

    public TaskCompletionSource HandlerCancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource HandlerStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Calls => Volatile.Read(ref _calls);

    public int CountCall() => Interlocked.Increment(ref _calls);

    public Metadata? LastHeaders { get; set; }
}
