using System.Net;
using AltSeason.Contracts.V1;
using AltSeason.Grpc;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AltSeason.Bench.Grpc;

/// <summary>
/// One Kestrel HTTP/2 server with both contestants: the gRPC Scoring service and bare endpoints that read the
/// request and answer with the very same bytes and trailer, hand-written.
/// </summary>
internal static class BenchServer
{
    public const string GrpcUnary = "/altseason.v1.Scoring/GetScore";
    public const string GrpcStream = "/altseason.v1.Scoring/ListScores";
    public const string BareUnary = "/bare/unary";
    public const string BareStream = "/bare/stream";
    public const string BareUnarySerialize = "/bare/unary-serialize";
    public const string BareStreamSerialize = "/bare/stream-serialize";

    public static async Task<(WebApplication App, Uri Address)> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.Http2.MaxStreamsPerConnection = 1000;
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2);
        });
        builder.Services.AddGrpcServer();
        var app = builder.Build();
        app.MapGrpcService<BenchScoringApi>(ScoringReflection.Descriptor);
        app.MapPost(BareUnary, async (HttpContext http) =>
        {
            await DrainAsync(http.Request);
            http.Response.ContentType = "application/grpc";
            await http.Response.Body.WriteAsync(Payloads.ScoreFrame);
            http.Response.AppendTrailer("grpc-status", "0");
        });
        app.MapPost(BareStream, async (HttpContext http) =>
        {
            await ParseRequestAsync(http.Request);
            http.Response.ContentType = "application/grpc";
            for (var i = 0; i < Payloads.StreamLength; i++)
            {
                await http.Response.Body.WriteAsync(Payloads.ScoreFrame);
            }

            http.Response.AppendTrailer("grpc-status", "0");
        });
        app.MapPost(BareUnarySerialize, async (HttpContext http) =>
        {
            await DrainAsync(http.Request);
            http.Response.ContentType = "application/grpc";
            await http.Response.Body.WriteAsync(Payloads.Frame(Payloads.Score));
            http.Response.AppendTrailer("grpc-status", "0");
        });
        app.MapPost(BareStreamSerialize, async (HttpContext http) =>
        {
            await ParseRequestAsync(http.Request);
            http.Response.ContentType = "application/grpc";
            for (var i = 0; i < Payloads.StreamLength; i++)
            {
                await http.Response.Body.WriteAsync(Payloads.Frame(Payloads.Score));
            }

            http.Response.AppendTrailer("grpc-status", "0");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri(address));
    }

    private static async Task DrainAsync(HttpRequest request)
    {
        while (true)
        {
            var result = await request.BodyReader.ReadAsync();
            request.BodyReader.AdvanceTo(result.Buffer.End);
            if (result.IsCompleted)
            {
                return;
            }
        }
    }

    /// <summary>The bare stream endpoint parses its request too, as the gRPC one does.</summary>
    private static async Task ParseRequestAsync(HttpRequest request)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        GC.KeepAlive(ListScoresRequest.Parser.ParseFrom(body.GetBuffer().AsSpan(5, (int)body.Length - 5)));
    }
}
