namespace AltSeason.AppHost.Hosting;

/// <summary>Something the AppHost starts, waits for and stops: a server or a service process.</summary>
public interface IResource
{
    string Name { get; }
    string Kind { get; }
    ResourceState State { get; }
    IReadOnlyList<IResource> WaitsFor { get; }

    /// <summary>Where it can be reached, for the resource table.</summary>
    IEnumerable<string> Endpoints { get; }
}

public enum ResourceState { Pending, Starting, Healthy, Restarting, Stopping, Stopped, Failed }
