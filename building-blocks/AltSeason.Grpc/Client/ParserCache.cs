using Google.Protobuf;

namespace AltSeason.Grpc;

internal static class ParserCache<T> where T : IMessage<T>, new()
{
    public static readonly MessageParser<T> Parser = new(() => new T());
}
