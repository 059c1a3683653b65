using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;

namespace AltSeason.Grpc;

/// <summary>
/// Answers refused gRPC calls the way gRPC clients expect: a Trailers-Only response (HTTP 200) with
/// <c>grpc-status</c> UNAUTHENTICATED (16) when the token is missing or bad, PERMISSION_DENIED (7) when it lacks the
/// scope, and a <c>grpc-message</c> saying which. Plain HTTP requests get the usual 401/403 from the inner handler.
/// </summary>
public sealed class GrpcAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _inner = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (!GrpcProtocol.IsGrpcContentType(context.Request.ContentType) || authorizeResult.Succeeded)
        {
            await _inner.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        var status = authorizeResult.Forbidden
            ? new Status(StatusCode.PermissionDenied, ForbiddenDetail(authorizeResult.AuthorizationFailure))
            : new Status(StatusCode.Unauthenticated, await UnauthenticatedDetailAsync(context));
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = GrpcProtocol.ContentType;
        response.Headers[GrpcProtocol.StatusHeader] = ((int)status.Code).ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers[GrpcProtocol.MessageHeader] = PercentEncoding.Encode(status.Detail);
    }

    private static string ForbiddenDetail(AuthorizationFailure? failure)
    {
        var reasons = failure?.FailureReasons.Select(r => r.Message).Where(m => m.Length > 0).ToList() ?? [];
        return reasons.Count > 0
            ? "Permission denied: " + string.Join("; ", reasons) + "."
            : "Permission denied: the token does not grant this call.";
    }

    private static async Task<string> UnauthenticatedDetailAsync(HttpContext context)
    {
        // The scheme's handler caches its result per request, so this does not validate the token twice.
        var result = await context.AuthenticateAsync();
        return result.Failure is { } failure
            ? "Unauthenticated: " + failure.Message
            : "Unauthenticated: the call needs an 'authorization: Bearer <token>' header.";
    }
}
