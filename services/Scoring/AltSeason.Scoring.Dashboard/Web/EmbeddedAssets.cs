using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace AltSeason.Scoring.Dashboard.Web;

/// <summary>
/// Serves the page and its bundle from resources embedded in this assembly at build time, so the dashboard
/// ships as one DLL and needs no web root, CDN or file system at run time.
/// </summary>
internal static class EmbeddedAssets
{
    private static readonly Assembly Assembly = typeof(EmbeddedAssets).Assembly;

    public static IResult Serve(string name, string contentType)
    {
        var stream = Assembly.GetManifestResourceStream("dashboard/" + name);
        return stream is null
            ? Results.Problem($"The dashboard asset '{name}' is missing from {Assembly.GetName().Name}; rebuild the project.", statusCode: 500)
            : Results.Stream(stream, contentType);
    }
}
