namespace AltSeason.Grpc;

/// <summary>The outcome of a call: a code and a message meant for the caller.</summary>
public readonly record struct Status(StatusCode Code, string Detail)
{
    public static readonly Status Ok = new(StatusCode.OK, "");

    public override string ToString() => $"{Code}: {Detail}";
}
