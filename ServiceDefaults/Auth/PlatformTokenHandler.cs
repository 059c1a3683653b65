using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace AltSeason.ServiceDefaults.Auth;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;jwt&gt;</c> with <see cref="TokenValidator"/>. No header means anonymous
/// (open endpoints still work); a bad one fails with the reason. HTTP refusals are 401/403 with a JSON
/// <c>error</c>; gRPC ones are turned into statuses by AltSeason.Grpc's result handler.
/// </summary>
internal sealed class PlatformTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, TokenValidator validator)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }

        if (BearerHeader.Token(header) is not { } token)
        {
            return AuthenticateResult.Fail("the Authorization header is not 'Bearer <token>'.");
        }

        var check = await validator.ValidateAsync(token);
        if (!check.IsValid)
        {
            // The reason only: the token itself never reaches a log.
            Logger.LogDebug("Refused a bearer token on {Path}: {Reason}", Request.Path, check.Failure);
            return AuthenticateResult.Fail(check.Failure!);
        }

        return AuthenticateResult.Success(new AuthenticationTicket(check.Principal!, Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        var reason = result.Failure?.Message ?? "this endpoint needs an 'Authorization: Bearer <token>' header.";
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers[HeaderNames.WWWAuthenticate] = result.Failure is null
            ? PlatformAuthDefaults.Scheme
            : $"{PlatformAuthDefaults.Scheme} error=\"invalid_token\", error_description=\"{reason.Replace("\"", "'", StringComparison.Ordinal)}\"";
        await WriteErrorAsync("Unauthenticated: " + reason);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        var missing = Context.Items[ScopeAuthorizationHandler.MissingScopeItem] as string;
        Response.Headers[HeaderNames.WWWAuthenticate] = $"{PlatformAuthDefaults.Scheme} error=\"insufficient_scope\""
            + (missing is null ? "" : $", scope=\"{missing}\"");
        return WriteErrorAsync(missing is null
            ? "Permission denied: the token does not grant this endpoint."
            : $"Permission denied: the token lacks scope '{missing}'.");
    }

    private Task WriteErrorAsync(string message)
    {
        Response.ContentType = "application/json; charset=utf-8";
        return Response.WriteAsync(JsonSerializer.Serialize(new { error = message }), Context.RequestAborted);
    }
}
