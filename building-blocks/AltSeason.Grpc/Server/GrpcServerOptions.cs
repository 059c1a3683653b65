namespace AltSeason.Grpc;

/// <summary>Server-wide settings, set with <c>AddGrpcServer(options => ...)</c>.</summary>
public sealed class GrpcServerOptions
{
    /// <summary>Largest request message accepted; larger ones end the call with RESOURCE_EXHAUSTED.</summary>
    public int MaxReceiveMessageSize { get; set; } = GrpcProtocol.DefaultMaxReceiveMessageSize;

    /// <summary>Largest response message sent; larger ones end the call with RESOURCE_EXHAUSTED.</summary>
    public int MaxSendMessageSize { get; set; } = int.MaxValue;

    /// <summary>
    /// Puts the exception type and message of unexpected handler failures into <c>grpc-message</c>.
    /// Off by default: internals must not leak to callers. Turn on in development only.
    /// </summary>
    public bool EnableDetailedErrors { get; set; }

    /// <summary>
    /// Turns exceptions a handler throws into statuses, checked in order before the UNKNOWN fallback,
    /// e.g. <c>ex =&gt; ex is KeyNotFoundException ? new Status(StatusCode.NotFound, "No such score.") : null</c>.
    /// </summary>
    public IList<Func<Exception, Status?>> ExceptionMappings { get; } = [];

    /// <summary>How often a health Watch stream re-runs the health checks to notice a change.</summary>
    public TimeSpan HealthWatchInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Which ASP.NET Core health checks decide the gRPC health status; null = all of them.</summary>
    public Func<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckRegistration, bool>? HealthCheckPredicate { get; set; }

    /// <summary>Convenience for <see cref="ExceptionMappings"/>: every <typeparamref name="TException"/> becomes this status.</summary>
    public GrpcServerOptions MapException<TException>(StatusCode code, Func<TException, string>? detail = null)
        where TException : Exception
    {
        ExceptionMappings.Add(ex => ex is TException typed ? new Status(code, detail?.Invoke(typed) ?? code.ToString()) : null);
        return this;
    }
}
