using System.Threading.Channels;
using AltSeason.Contracts.V1;
using AltSeason.Grpc.Contracts;

namespace AltSeason.TestPlatform;

/// <summary>The scores the test Scoring server holds; <see cref="Publish"/> records a new one and pushes it to every watcher.</summary>
public sealed class ScoreBook
{
    private readonly object _gate = new();
    private readonly SortedDictionary<DateOnly, ScoreEvaluation> _scores = [];
    private readonly List<Channel<ScoreEvaluation>> _watchers = [];

    public ScoreBook()
    {
        for (var i = 0; i < TestData.ScoreDates.Count; i++)
        {
            _scores[TestData.ScoreDates[i]] = TestData.Score(i);
        }
    }

    public int WatcherCount
    {
        get
        {
            lock (_gate)
            {
                return _watchers.Count;
            }
        }
    }

    public IReadOnlyList<ScoreEvaluation> Between(DateOnly from, DateOnly to)
    {
        lock (_gate)
        {
            return [.. _scores.Where(s => s.Key >= from && s.Key <= to).Select(s => s.Value)];
        }
    }

    public ScoreEvaluation? Find(DateOnly date)
    {
        lock (_gate)
        {
            return _scores.GetValueOrDefault(date);
        }
    }

    public void Publish(ScoreEvaluation evaluation)
    {
        lock (_gate)
        {
            _scores[evaluation.AsOf.ToDateOnly("as_of")] = evaluation;
            foreach (var watcher in _watchers)
            {
                watcher.Writer.TryWrite(evaluation);
            }
        }
    }

    public ChannelReader<ScoreEvaluation> Watch(CancellationToken ct)
    {
        var channel = Channel.CreateUnbounded<ScoreEvaluation>();
        lock (_gate)
        {
            _watchers.Add(channel);
        }

        ct.Register(() =>
        {
            lock (_gate)
            {
                _watchers.Remove(channel);
            }
        });
        return channel.Reader;
    }
}
