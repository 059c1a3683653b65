using AltSeason.Contracts.V1;
using AltSeason.Grpc;
using AltSeason.Grpc.Clients;
using AltSeason.Grpc.Contracts;
using AltSeason.ServiceDefaults.Auth;
using AltSeason.Testing;

namespace AltSeason.Security.Tests;

public sealed class GrpcAccessTests(SecuredServices services) : IClassFixture<SecuredServices>
{
    static readonly ListSignalsRequest AnyRange = new() { From = new DateOnly(2024, 1, 1).ToMessage(), To = new DateOnly(2024, 1, 31).ToMessage() };

    GrpcClient Equities(string? token) => new(services.EquitiesGrpc, new GrpcClientOptions { MaxRetryAttempts = 0 }.WithAccessToken(token));

    async Task<RpcException?> ListSignals(string? token)
    {
        using var client = Equities(token);
        try
        {
            await foreach (var _ in SignalsClient.Equities(client).ListSignalsAsync(AnyRange)) { }
            return null;
        }
        catch (RpcException e) { return e; }
    }

    [Fact]
    public async Task Signals_need_score_read()
    {
        Assert.Null(await ListSignals(TestTokens.For(PlatformScopes.ScoreRead)));
        foreach (var other in new[] { PlatformScopes.IngestWrite, PlatformScopes.AuditRead, PlatformScopes.Admin })
        {
            var refused = await ListSignals(TestTokens.For(other));
            Assert.Equal(StatusCode.PermissionDenied, refused?.StatusCode);
            Assert.Contains("score:read", refused!.Status.Detail);
        }
    }

    [Fact]
    public async Task A_remembered_token_keeps_its_grants_and_its_refusals_on_every_call()
    {
        var reader = TestTokens.For(PlatformScopes.ScoreRead);
        var writer = TestTokens.For(PlatformScopes.IngestWrite);
        for (var call = 0; call < 3; call++)
        {
            Assert.Null(await ListSignals(reader));
            var refused = await ListSignals(writer);
            Assert.Equal(StatusCode.PermissionDenied, refused?.StatusCode);
            Assert.Contains("score:read", refused!.Status.Detail);
        }
    }

    [Fact]
    public async Task Audit_needs_audit_read()
    {
        async Task<RpcException?> Verify(string token)
        {
            using var client = Equities(token);
            try { await new AuditClient(client).VerifyAsync(new VerifyRequest { StreamId = "equities/2024-01-01" }); return null; }
            catch (RpcException e) { return e; }
        }

        var allowed = await Verify(TestTokens.For(PlatformScopes.AuditRead));
        Assert.True(allowed is null || allowed.StatusCode is not (StatusCode.PermissionDenied or StatusCode.Unauthenticated), allowed?.Message);
        Assert.Equal(StatusCode.PermissionDenied, (await Verify(TestTokens.For(PlatformScopes.ScoreRead)))?.StatusCode);
    }

    [Fact]
    public async Task Ingestion_import_needs_ingest_write()
    {
        async Task<RpcException?> Import(string token)
        {
            using var client = new GrpcClient(services.IngestionGrpc, new GrpcClientOptions { MaxRetryAttempts = 0 }.WithAccessToken(token));
            try
            {
                await new IngestionClient(client).ImportAsync(new ImportRequest
                {
                    FileName = "x.csv",
                    Content = Google.Protobuf.ByteString.CopyFromUtf8("not,a,known\nformat,at,all\n"),
                });
                return null;
            }
            catch (RpcException e) { return e; }
        }

        var allowed = await Import(TestTokens.For(PlatformScopes.IngestWrite));
        Assert.True(allowed is null || allowed.StatusCode is not (StatusCode.PermissionDenied or StatusCode.Unauthenticated), allowed?.Message);
        Assert.Equal(StatusCode.PermissionDenied, (await Import(TestTokens.For(PlatformScopes.ScoreRead)))?.StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, (await Import(null!))?.StatusCode);
    }

    [Theory]
    [InlineData("missing", "authorization")]
    [InlineData("malformed", "malformed")]
    [InlineData("expired", "expired")]
    [InlineData("wrong-key", "signature")]
    public async Task Bad_tokens_are_unauthenticated_with_the_reason(string kind, string reason)
    {
        var token = kind switch
        {
            "missing" => null,
            "malformed" => "not-a-jwt",
            "expired" => PlatformTokens.Mint(TestTokens.SigningKey, "t", [PlatformScopes.ScoreRead], TimeSpan.FromMinutes(1), now: DateTimeOffset.UtcNow.AddHours(-1)),
            _ => PlatformTokens.Mint(SigningKeys.Generate(), "t", [PlatformScopes.ScoreRead], TimeSpan.FromMinutes(5)),
        };
        var refused = await ListSignals(token);
        Assert.Equal(StatusCode.Unauthenticated, refused?.StatusCode);
        Assert.Contains(reason, refused!.Status.Detail, StringComparison.OrdinalIgnoreCase);
        if (token is not null) Assert.DoesNotContain(token, refused.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Grpc_health_is_open_without_a_token()
    {
        using var client = Equities(null);
        var health = await new HealthClient(client).CheckAsync();
        Assert.NotNull(health);
    }
}
