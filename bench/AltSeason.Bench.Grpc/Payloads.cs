using AltSeason.Contracts.V1;
using Google.Protobuf;

namespace AltSeason.Bench.Grpc;

/// <summary>A realistic score (six components with inputs) and its gRPC frame, shared by both endpoints.</summary>
internal static class Payloads
{
    /// <summary>Messages per server-streaming call.</summary>
    public const int StreamLength = 10_000;

    public static readonly GetScoreRequest Request = new() { AsOf = new Date { Year = 2024, Month = 3, Day = 15 }, ModelVersion = "v1" };

    public static readonly ScoreEvaluation Score = BuildScore();

    public static readonly byte[] RequestFrame = Frame(Request);

    public static readonly byte[] ScoreFrame = Frame(Score);

    public static readonly byte[] StreamRequestFrame = Frame(new ListScoresRequest { From = Request.AsOf, To = Request.AsOf });

    public static byte[] Frame(IMessage message)
    {
        var body = message.ToByteArray();
        var frame = new byte[5 + body.Length];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)body.Length);
        body.CopyTo(frame, 5);
        return frame;
    }

    private static ScoreEvaluation BuildScore()
    {
        var score = new ScoreEvaluation
        {
            AsOf = Request.AsOf,
            ScorePoints = 63.4,
            Regime = "building",
            ModelVersion = "v1",
            Explanation = "Small caps lead, long bias is rising and exchange balances are falling.",
            CodeVersion = "1.0.0+bench",
            InputsSha256 = new string('a', 64),
        };
        foreach (var name in new[] { "equities_risk_on", "altcoin_long_bias", "exchange_outflows", "drawdown_reset", "dominance", "funding" })
        {
            var component = new ScoreComponent { Name = name, WeightPercent = 15, EffectiveWeightPercent = 16.7, SubScorePoints = 61, Present = true };
            component.Inputs.Add(new SignalValue { Name = name + "_value", Value = 0.123, Unit = "ratio" });
            score.Components.Add(component);
        }

        return score;
    }
}
