using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Google.Protobuf;

namespace AltSeason.Grpc;

/// <summary>
/// Responses a server sends many times unchanged, such as a cache's entries. <see cref="Prepare{T}"/> frames a message
/// once; the server then writes those bytes instead of serializing the message on every call (for a score with its
/// components, serializing was the largest single cost of a cached GetScore). A prepared message must not be changed
/// afterwards: callers would keep receiving the bytes it had when it was prepared.
/// </summary>
public static class PreparedMessages
{
    // Keyed by the instance and dropped with it: nothing to evict when a cache replaces its entry.
    private static readonly ConditionalWeakTable<IMessage, byte[]> Frames = new();

    public static T Prepare<T>(T message) where T : class, IMessage
    {
        ArgumentNullException.ThrowIfNull(message);
        Frames.AddOrUpdate(message, MessageFrame.ToArray(message));
        return message;
    }

    /// <summary>The message's length-prefixed frame, when it was prepared.</summary>
    internal static bool TryGetFrame(IMessage message, [NotNullWhen(true)] out byte[]? frame) => Frames.TryGetValue(message, out frame);
}
