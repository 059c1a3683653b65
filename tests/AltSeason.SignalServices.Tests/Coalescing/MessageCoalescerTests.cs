using AltSeason.SignalServices.Processing;
using Microsoft.Extensions.Logging.Abstractions;

namespace AltSeason.SignalServices.Tests.Coalescing;

/// <summary>The coalescer gathers concurrent messages into few batches, answers each sender, and isolates a failing message.</summary>
public sealed class MessageCoalescerTests
{
    static async Task<T> RunAsync<T>(RecordingProcessor processor, CoalescingOptions options, Func<MessageCoalescer<int>, Task<T>> body)
    {
        using var coalescer = new MessageCoalescer<int>(processor, options, NullLogger<MessageCoalescer<int>>.Instance);
        await coalescer.StartAsync(CancellationToken.None);
        try { return await body(coalescer); }
        finally { await coalescer.StopAsync(CancellationToken.None); }
    }

    [Fact]
    public void A_signal_service_holds_at_most_one_batch_of_messages_from_the_broker()
    {
        // Each held message keeps a whole file's rows until its batch commits (bench/REPORT.md, memory).
        var definition = new MarketDataIngestedConsumerDefinition();
        Assert.Equal(SignalServiceExtensions.Coalescing.MaxMessages, definition.ConcurrentMessageLimit);
        Assert.Equal(SignalServiceExtensions.Coalescing.MaxMessages, SignalServiceExtensions.Coalescing.InFlight);
    }

    [Fact]
    public async Task Messages_sent_together_are_handled_in_one_batch_and_every_sender_hears_back()
    {
        var processor = new RecordingProcessor();
        var options = new CoalescingOptions(TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(10), 1000);
        var results = await RunAsync(processor, options, c => Task.WhenAll(Enumerable.Range(1, 50).Select(i => c.SubmitAsync(i, CancellationToken.None))));

        Assert.All(results, Assert.True);
        var batch = Assert.Single(processor.Batches);
        Assert.Equal(Enumerable.Range(1, 50), batch.Order());
    }

    [Fact]
    public async Task A_batch_never_exceeds_the_message_limit()
    {
        var processor = new RecordingProcessor();
        var options = new CoalescingOptions(TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(10), 7);
        await RunAsync(processor, options, c => Task.WhenAll(Enumerable.Range(1, 30).Select(i => c.SubmitAsync(i, CancellationToken.None))));

        Assert.All(processor.Batches, b => Assert.InRange(b.Length, 1, 7));
        Assert.Equal(Enumerable.Range(1, 30), processor.Batches.SelectMany(b => b).Order());
    }

    [Fact]
    public async Task A_redelivered_message_is_reported_as_already_handled()
    {
        var processor = new RecordingProcessor();
        var options = new CoalescingOptions(TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(1), 100);
        var (first, again) = await RunAsync(processor, options, async c => (await c.SubmitAsync(5, CancellationToken.None), await c.SubmitAsync(5, CancellationToken.None)));

        Assert.True(first);
        Assert.False(again);
    }

    [Fact]
    public async Task A_poison_message_fails_alone_and_the_rest_of_its_batch_is_still_handled()
    {
        var processor = new RecordingProcessor(poison: 3);
        var options = new CoalescingOptions(TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(10), 1000);
        var outcomes = await RunAsync(processor, options, async c =>
        {
            var sends = Enumerable.Range(1, 6).Select(i => c.SubmitAsync(i, CancellationToken.None)).ToList();
            try { await Task.WhenAll(sends); } catch (InvalidOperationException) { }
            return sends;
        });

        var failure = Assert.IsType<InvalidOperationException>(outcomes[2].Exception?.InnerException);
        Assert.Contains("message 3", failure.Message, StringComparison.Ordinal);
        Assert.All(outcomes.Where((_, i) => i != 2), s => Assert.True(s.Result));
        Assert.Equal(6, processor.Batches.First().Length);
    }
}
