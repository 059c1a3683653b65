using AltSeason.Ingestion.Observations;
using AltSeason.TimeSeries;
using FsCheck;
using FsCheck.Fluent;

namespace AltSeason.IngestionService.Tests.Diffing;

/// <summary>The pure diff that decides what an import stores.</summary>
public sealed class ObservationDiffTests
{
    static readonly DateTimeOffset Day0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    static readonly string[] FieldNames = [Fields.Open, Fields.Close, Fields.Volume];

    static Arbitrary<Observation[]> Files() =>
        Gen.Choose(0, 60).SelectMany(day => Gen.Elements(FieldNames).SelectMany(field =>
                Gen.Choose(-1000, 1000).Select(v => new Observation(Day0.AddDays(day), field, v / 8.0))))
            .ArrayOf()
            .Select(rows => rows.DistinctBy(r => (r.TimestampUtc, r.Field)).ToArray())
            .ToArbitrary();

    static KnownValues Fold(IEnumerable<Observation> rows)
    {
        var known = new KnownValues();
        known.Apply(new ObservationsIngested(Guid.Empty, "s/x", "t", "f", "h", ObservationDiff.ToColumns(rows)));
        return known;
    }

    [Fact]
    public void A_file_diffed_against_its_own_stored_rows_has_no_changes() =>
        Prop.ForAll(Files(), rows => ObservationDiff.Changes(rows, Fold(rows)).Count == 0).QuickCheckThrowOnFailure();

    [Fact]
    public void Against_nothing_known_every_row_is_a_change_and_columns_round_trip() =>
        Prop.ForAll(Files(), rows =>
        {
            var changes = ObservationDiff.Changes(rows, new KnownValues());
            var back = ObservationDiff.ToRows(ObservationDiff.ToColumns(changes)).ToHashSet();
            return changes.Count == rows.Length && back.SetEquals(rows);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Exactly_the_revised_and_the_new_rows_are_changes() =>
        Prop.ForAll(Files(), ArbMap.Default.ArbFor<int>(), (rows, seed) =>
        {
            var random = new Random(seed);
            var known = rows.Where(_ => random.Next(3) > 0).ToArray();
            var revisedKeys = known.Where(_ => random.Next(4) == 0).Select(r => (r.TimestampUtc, r.Field)).ToHashSet();
            var stored = Fold(known.Select(r => revisedKeys.Contains((r.TimestampUtc, r.Field)) ? r with { Value = r.Value + 0.5 } : r));
            var expected = rows.Where(r => revisedKeys.Contains((r.TimestampUtc, r.Field)) || !known.Contains(r)).ToHashSet();
            return ObservationDiff.Changes(rows, stored).ToHashSet().SetEquals(expected);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void The_smallest_revision_of_a_value_is_still_a_change()
    {
        var row = new Observation(Day0, Fields.Close, 2500.1);
        var revised = row with { Value = Math.BitIncrement(2500.1) };
        Assert.Equal([revised], ObservationDiff.Changes([revised], Fold([row])));
        Assert.Empty(ObservationDiff.Changes([row], Fold([row])));
    }
}
