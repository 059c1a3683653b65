using AltSeason.Contracts.V1;
using AltSeason.Grpc.Clients;
using AltSeason.Grpc.Tests.Fakes;

namespace AltSeason.Grpc.Tests.Server;

public sealed class PreparedMessageTests
{
    [Fact]
    public async Task A_prepared_response_goes_out_as_the_bytes_framed_when_it_was_prepared()
    {
        await using var host = await Hosts.StartScoringAsync(new Probe());
        using var grpc = host.CreateClient();
        var client = new ScoringClient(grpc);
        var request = new GetScoreRequest { AsOf = new Date { Year = 2024, Month = 3, Day = 15 }, ModelVersion = "prepared" };

        var first = await client.GetScoreAsync(request);
        // Breaking the contract on purpose: a change after Prepare is not sent, which shows the frame is what goes out.
        FakeScoringApi.Prepared.ScorePoints = 1;
        var second = await client.GetScoreAsync(request);

        Assert.Equal(150, first.ScorePoints);
        Assert.Equal(first, second);
        Assert.Equal("prepared", second.ModelVersion);
    }

    [Fact]
    public void Preparing_a_message_again_frames_its_current_content()
    {
        var message = FakeScoringApi.Evaluate(new Date { Year = 2024, Month = 3, Day = 2 }, "v1");
        PreparedMessages.Prepare(message);
        message.ScorePoints = 99;

        Assert.Same(message, PreparedMessages.Prepare(message));
        Assert.Equal(99, ScoreEvaluation.Parser.ParseFrom(PreparedFrame(message)).ScorePoints);
    }

    static byte[] PreparedFrame(ScoreEvaluation message) =>
        PreparedMessages.TryGetFrame(message, out var frame) ? frame[5..] : throw new InvalidOperationException("not prepared");
}
