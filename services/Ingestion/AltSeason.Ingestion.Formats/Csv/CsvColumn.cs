namespace AltSeason.Ingestion.Formats.Csv;

/// <summary>One value column of a CSV layout.</summary>
/// <param name="Header">The header cell, matched ignoring case and surrounding space.</param>
/// <param name="Field">The platform field it fills (see <see cref="Fields"/>).</param>
/// <param name="Series">Its own series, for files with one series per column (FRED); null uses the row's series.</param>
/// <param name="ZeroMeansMissing">The vendor writes 0 for "unknown" (CoinGecko market caps).</param>
sealed record CsvColumn(string Header, string Field, bool Required = true, string? Series = null, bool ZeroMeansMissing = false);
