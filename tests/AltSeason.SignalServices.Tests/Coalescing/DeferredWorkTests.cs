using AltSeason.SignalServices.Processing;
using Microsoft.Extensions.Logging.Abstractions;

namespace AltSeason.SignalServices.Tests.Coalescing;

/// <summary>
/// Work a processor defers (a signal service's evaluation) runs once after a stream of batches, right after a lone
/// batch, when overdue while messages keep coming, again after a failure, and at start for what a stopped run left.
/// </summary>
public sealed class DeferredWorkTests
{
    static async Task RunAsync(DeferringProcessor processor, CoalescingOptions options, Func<MessageCoalescer<int>, Task> body)
    {
        using var coalescer = new MessageCoalescer<int>(processor, options, NullLogger<MessageCoalescer<int>>.Instance);
        await coalescer.StartAsync(CancellationToken.None);
        try { await body(coalescer); }
        finally { await coalescer.StopAsync(CancellationToken.None); }
    }

    static void AssertOneRunAfterTheLastOf(int batches, DeferringProcessor processor)
    {
        var since = processor.SinceFirstBatch();
        Assert.Equal(batches, since.Count(e => e.StartsWith("batch", StringComparison.Ordinal)));
        Assert.Equal("run", Assert.Single(since, e => e == "run"));
        Assert.Equal("run", since[^1]);
    }

    [Fact]
    public async Task Many_batches_in_a_row_share_one_run_after_the_last()
    {
        var processor = new DeferringProcessor();
        // Batches of 5 from 40 messages sent at once: eight batches without a pause between them.
        var options = new CoalescingOptions(TimeSpan.FromMilliseconds(200), TimeSpan.FromMinutes(5), 5);
        await RunAsync(processor, options, async c =>
        {
            await Task.WhenAll(Enumerable.Range(1, 40).Select(i => c.SubmitAsync(i, CancellationToken.None)));
            await processor.WaitUntilAsync(p => p.SinceFirstBatch().Contains("run"), "a run after the batches");
            await Task.Delay(options.QuietPeriod * 3);
        });

        AssertOneRunAfterTheLastOf(8, processor);
    }

    [Fact]
    public async Task A_lone_message_has_its_work_run_after_its_batch_without_waiting_to_be_overdue()
    {
        var processor = new DeferringProcessor();
        // Overdue only after five minutes: a run within the test's wait can only come from the quiet.
        var options = new CoalescingOptions(TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(5), 32);
        await RunAsync(processor, options, async c =>
        {
            await c.SubmitAsync(1, CancellationToken.None);
            await processor.WaitUntilAsync(p => p.SinceFirstBatch().Contains("run"), "a run after the lone batch");
        });

        Assert.Equal(["batch:1", "run"], processor.SinceFirstBatch());
    }

    [Fact]
    public async Task Owed_work_runs_when_overdue_even_while_messages_keep_coming()
    {
        var processor = new DeferringProcessor();
        // A message every 50 ms never leaves the 300 ms quiet; batches close at 1 s, and the work is overdue after 1 s.
        var options = new CoalescingOptions(TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(1), 1000);
        await RunAsync(processor, options, async c =>
        {
            var sends = new List<Task<bool>>();
            for (var i = 0; i < 80; i++)
            {
                sends.Add(c.SubmitAsync(i, CancellationToken.None));
                await Task.Delay(50);
            }
            await Task.WhenAll(sends);
        });

        var since = processor.SinceFirstBatch();
        var lastBatch = since.ToList().FindLastIndex(e => e.StartsWith("batch", StringComparison.Ordinal));
        Assert.Contains("run", since.Take(lastBatch));
    }

    [Fact]
    public async Task A_backlog_is_drained_before_the_work_runs_though_that_takes_longer_than_overdue()
    {
        // 600 messages at once in batches of 3, 10 ms each: two seconds of full batches, twice the overdue time.
        var processor = new DeferringProcessor(batchTime: TimeSpan.FromMilliseconds(10));
        var options = new CoalescingOptions(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), 3);
        await RunAsync(processor, options, async c =>
        {
            await Task.WhenAll(Enumerable.Range(1, 600).Select(i => c.SubmitAsync(i, CancellationToken.None)));
            await processor.WaitUntilAsync(p => p.SinceFirstBatch().Contains("run"), "a run after the backlog");
        });

        AssertOneRunAfterTheLastOf(200, processor);
    }

    [Fact]
    public async Task Failed_work_stays_owed_and_is_tried_again()
    {
        var processor = new DeferringProcessor(failures: 2);
        var options = new CoalescingOptions(TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(5), 32);
        await RunAsync(processor, options, async c =>
        {
            await c.SubmitAsync(1, CancellationToken.None);
            await processor.WaitUntilAsync(p => p.Runs == 1, "a run that succeeds after two failures");
        });

        Assert.Equal(2, processor.Timeline.Count(e => e == "failed"));
        Assert.Equal("run", processor.Timeline.Last());
    }

    [Fact]
    public async Task Work_left_by_a_previous_run_is_taken_up_at_start()
    {
        var processor = new DeferringProcessor();
        var options = new CoalescingOptions(TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(5), 32);
        await RunAsync(processor, options, _ => processor.WaitUntilAsync(p => p.Runs == 1, "a run at start, with no message"));

        Assert.Equal(["run"], processor.Timeline);
    }
}
