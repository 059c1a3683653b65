using AltSeason.OnChain.Family;
using AltSeason.OnChain.Signals;
using AltSeason.OnChain.Tests.Support;
using AltSeason.TimeSeries.Statistics;

namespace AltSeason.OnChain.Tests.SampleData;

/// <summary>
/// Regression: on the generated sample data the OnChain service never finished its first batch. The engine asks the
/// model's affected dates once per changed row (~57,600 here) and each answer re-scanned every stored row for the
/// last date: ~3·10⁹ steps, minutes of CPU inside an open transaction. Fixed, both take under a second, so a
/// generous time limit fails only on a quadratic (or worse) path, not on a slow machine.
/// </summary>
public class GeneratedSampleDataTests
{
    static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    static async Task<T> Within<T>(Func<T> work)
    {
        var task = Task.Run(work);
        Assert.True(await Task.WhenAny(task, Task.Delay(Limit)) == task, $"did not finish within {Limit.TotalSeconds} s");
        return await task;
    }

    [Fact]
    public async Task Evaluator_returns_one_evaluation_per_date_of_the_generated_data()
    {
        var inputs = OnChainInputs.FromBatches(GeneratedSample.Batches);
        var dates = inputs.AllDates();
        Assert.Equal(GeneratedSample.Options.Days, dates.Count);

        var evaluations = await Within(() => OnChainEvaluator.Evaluate(inputs, OnChainParameters.Default, dates[0], dates[^1]));

        Assert.Equal(dates, evaluations.Select(e => e.AsOf));
        Assert.All(evaluations, e => Assert.NotEmpty(e.UniverseCoinIds));
    }

    [Fact]
    public async Task Family_answers_affected_dates_for_every_row_then_evaluates_every_date()
    {
        var family = new OnChainFamily(OnChainParameters.Default);
        var inputs = GeneratedSample.AsSignalInputs(family.Reads);
        var changed = inputs.BySeries.SelectMany(kv => kv.Value.Select(r => (Series: kv.Key, r.Field, r.Date))).Distinct().ToList();
        Assert.True(changed.Count > 40_000, $"only {changed.Count} changed rows: the data set no longer exercises the scale");

        var results = await Within(() =>
        {
            // As the batch handler does: one affected-dates question per changed (series, field, date), then one pass.
            AffectedDateRange? range = null;
            foreach (var (series, field, date) in changed)
                range = AffectedDateRange.Cover(range, family.Current.AffectedDates(inputs, series, field, date));
            return family.Current.Evaluate(inputs, range!.From, range.Through);
        });

        var first = GeneratedSample.Options.FirstDay;
        Assert.Equal(Enumerable.Range(0, GeneratedSample.Options.Days).Select(first.AddDays), results.Select(r => r.AsOf));
        Assert.All(results, r => Assert.NotEmpty(r.Values));
    }
}
