using AltSeason.Contracts.Messages;
using AltSeason.SignalServices.Processing;
using AltSeason.TimeSeries;

namespace AltSeason.SignalServices.Tests.Chunking;

public class AnnouncementMessagesTests
{
    static AnnouncedEvaluation Evaluation(int day, int values) => new(
        new DateOnly(2026, 1, 1).AddDays(day), [.. Enumerable.Range(0, values).Select(i => new SignalValue($"s{i}", i, "ratio"))],
        "m-v1", "1", "inputs", $"f/{day}", 1, "sha", DateTimeOffset.UnixEpoch);

    [Fact]
    public void Small_evaluations_fill_messages_up_to_the_evaluation_limit()
    {
        var evaluations = Enumerable.Range(0, 250).Select(d => Evaluation(d, 2)).ToList();

        var messages = AnnouncementMessages.Split(evaluations).ToList();

        Assert.Equal([100, 100, 50], messages.Select(m => m.Length));
        Assert.Equal(evaluations, messages.SelectMany(m => m));
    }

    [Fact]
    public void Large_evaluations_fill_messages_up_to_the_value_limit_in_order()
    {
        // 150 values each (a Derivatives evaluation): six make 900 values, a seventh would pass 1,000.
        var evaluations = Enumerable.Range(0, 20).Select(d => Evaluation(d, 150)).ToList();

        var messages = AnnouncementMessages.Split(evaluations).ToList();

        Assert.Equal([6, 6, 6, 2], messages.Select(m => m.Length));
        Assert.All(messages, m => Assert.InRange(m.Sum(e => e.Values.Count), 1, ISignalsEvaluated.MaxValues));
        Assert.Equal(evaluations, messages.SelectMany(m => m));
    }

    [Fact]
    public void An_evaluation_over_the_value_limit_travels_alone_and_nothing_is_dropped()
    {
        List<AnnouncedEvaluation> evaluations = [Evaluation(0, 10), Evaluation(1, 1_500), Evaluation(2, 10), Evaluation(3, 0)];

        var messages = AnnouncementMessages.Split(evaluations).ToList();

        Assert.Equal([1, 1, 2], messages.Select(m => m.Length));
        Assert.Equal(evaluations, messages.SelectMany(m => m));
        Assert.Empty(AnnouncementMessages.Split([]));
    }
}
