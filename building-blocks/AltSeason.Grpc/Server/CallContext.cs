using Microsoft.AspNetCore.Http;

namespace AltSeason.Grpc;

/// <summary>What a handler knows about the call it serves.</summary>
public sealed class CallContext
{
    private readonly ServerCall _call;
    private Metadata? _requestHeaders;
    private Metadata? _responseHeaders;
    private Metadata? _responseTrailers;

    internal CallContext(ServerCall call, HttpContext httpContext)
    {
        _call = call;
        HttpContext = httpContext;
    }

    /// <summary>Full method name, e.g. "altseason.v1.Scoring/GetScore".</summary>
    public string Method => _call.Method.FullName;

    /// <summary>Cancelled when the client cancels, the connection drops or the deadline passes.</summary>
    public CancellationToken CancellationToken => _call.CancellationToken;

    /// <summary>When the caller stops waiting (UTC), or <see cref="DateTime.MaxValue"/> without a deadline.</summary>
    public DateTime Deadline => _call.Deadline;

    /// <summary>The caller's custom metadata (protocol headers left out); read from the request on first use.</summary>
    public Metadata RequestHeaders => _requestHeaders ??= MetadataCodec.FromHeaders(HttpContext.Request.Headers);

    /// <summary>Headers sent before the first response message; add to it before writing.</summary>
    public Metadata ResponseHeaders => _responseHeaders ??= [];

    /// <summary>Trailers sent with the status at the end of the call.</summary>
    public Metadata ResponseTrailers => _responseTrailers ??= [];

    /// <summary>The HTTP request, for the peer address, the user and anything ASP.NET Core offers.</summary>
    public HttpContext HttpContext { get; }

    internal Metadata? ResponseHeadersOrNull => _responseHeaders;

    internal Metadata? ResponseTrailersOrNull => _responseTrailers;

    /// <summary>Sends the response headers now rather than with the first message.</summary>
    public Task WriteResponseHeadersAsync() => _call.StartResponseAsync();
}
