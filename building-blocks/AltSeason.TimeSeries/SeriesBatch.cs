namespace AltSeason.TimeSeries;

/// <summary>The rows one file or payload gave for one series, e.g. <c>equity/RUT</c> from <c>yahoo-csv</c>.</summary>
/// <param name="Series">Platform series name; see <see cref="SeriesNames"/>.</param>
/// <param name="Source">The format or vendor the rows came from, kept for provenance.</param>
/// <param name="Rows">Observations ordered by time, then field.</param>
public sealed record SeriesBatch(string Series, string Source, IReadOnlyList<Observation> Rows);
