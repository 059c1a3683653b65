using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AltSeason.Bench.Platform.Load;

/// <summary>
/// Bare Kestrel HTTP/2: reads the request and answers with the very bytes the real Scoring service returned for
/// the same request, and the grpc-status trailer. No routing to a service, no store, no serialization: the ceiling.
/// </summary>
static class BareEndpoint
{
    public const string Path = "/bare/get-score";

    public static async Task<(WebApplication App, Uri Address)> StartAsync(byte[] responseBody)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.Http2.MaxStreamsPerConnection = 1000;
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2);
        });
        var app = builder.Build();
        app.MapPost(Path, async (HttpContext http) =>
        {
            while (true)
            {
                var read = await http.Request.BodyReader.ReadAsync();
                http.Request.BodyReader.AdvanceTo(read.Buffer.End);
                if (read.IsCompleted) break;
            }
            http.Response.ContentType = "application/grpc";
            await http.Response.Body.WriteAsync(responseBody);
            http.Response.AppendTrailer("grpc-status", "0");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri(address));
    }
}
