using AltSeason.Equities.Signals;
using AltSeason.Testing;
using AltSeason.TimeSeries;

namespace AltSeason.Equities.Tests.Support;

/// <summary>The reference CSVs read into equities inputs (fails loudly when the folder is missing).</summary>
public static class RealData
{
    static readonly Lazy<EquitiesInputs> Loaded = new(Load);

    public static EquitiesInputs Inputs => Loaded.Value;

    static EquitiesInputs Load()
    {
        var rut = Closes("RUT.csv");
        var spx = Closes("SPX.csv");
        // cmc_global's `date` is a snapshot at ~01:45 UTC: the one stamped D+1 stands for the close of D.
        var crypto = CsvTable.Read(ReferenceData.PathOf("cmc_global.csv")).Pairs("date", "total_market_cap")
            .Select(p => (DateOnly.FromDateTime(DateTime.Parse(p.Key, System.Globalization.CultureInfo.InvariantCulture)).AddDays(-1), p.Value));
        return new EquitiesInputs(rut, spx) { CryptoTotalMarketCap = new DailySeries(crypto) };
    }

    static DailySeries Closes(string file) =>
        new(CsvTable.Read(ReferenceData.PathOf(file)).Pairs("date", "close").Select(p => (DateOnly.Parse(p.Key, System.Globalization.CultureInfo.InvariantCulture), p.Value)));
}
