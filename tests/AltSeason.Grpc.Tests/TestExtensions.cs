using Google.Protobuf;

namespace AltSeason.Grpc.Tests;

internal static class TestExtensions
{
    public static byte[] ToByteArrayForTest(this IMessage message) => message.ToByteArray();
}
