using System.Net;
using System.Net.Http.Headers;

namespace AltSeason.Grpc;

/// <summary>Reads the status of a call from response headers (Trailers-Only) or trailers.</summary>
internal static class ResponseStatus
{
    public static Status? FromHeaders(HttpHeaders headers)
    {
        if (!headers.TryGetValues(GrpcProtocol.StatusHeader, out var values))
        {
            return null;
        }

        var text = values.FirstOrDefault();
        var code = int.TryParse(text, out var number) ? (StatusCode)number : StatusCode.Unknown;
        var detail = headers.TryGetValues(GrpcProtocol.MessageHeader, out var messages)
            ? PercentEncoding.Decode(messages.FirstOrDefault() ?? "")
            : "";
        return new Status(code, int.TryParse(text, out _) ? detail : $"Invalid grpc-status '{text}'. {detail}".Trim());
    }

    /// <summary>The standard mapping for responses that are not HTTP 200 (PROTOCOL-HTTP2.md, "HTTP to gRPC Status Code Mapping").</summary>
    public static StatusCode FromHttpStatus(HttpStatusCode status) => status switch
    {
        HttpStatusCode.BadRequest => StatusCode.Internal,
        HttpStatusCode.Unauthorized => StatusCode.Unauthenticated,
        HttpStatusCode.Forbidden => StatusCode.PermissionDenied,
        HttpStatusCode.NotFound => StatusCode.Unimplemented,
        HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => StatusCode.Unavailable,
        _ => StatusCode.Unknown,
    };
}
