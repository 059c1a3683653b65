using System.Net.Http.Headers;

namespace AltSeason.Grpc;

internal static class ContentTypeHeader
{
    public static readonly MediaTypeHeaderValue Value = new(GrpcProtocol.ContentType);
}
