using AltSeason.Ingestion.Formats.Csv;
using AltSeason.Ingestion.Formats.Parsing;
using AltSeason.Ingestion.Formats.Values;
using AltSeason.TimeSeries;
using static AltSeason.Ingestion.Tests.ParseHelper;

namespace AltSeason.Ingestion.Tests.Formats;

public class ColumnMappingTests
{
    static ColumnMapping Mapping(char? delimiter = ';', string dateFormat = "dd.MM.yyyy") => new()
    {
        DateColumn = "Tag",
        DateFormat = dateFormat,
        Delimiter = delimiter,
        Series = "equity/rut",
        Fields = new Dictionary<string, string> { ["Schluss"] = Fields.Close, ["Umsatz"] = Fields.Volume },
        OptionalColumns = ["Umsatz"],
        MissingMarkers = ["n/a"],
    };

    [Fact]
    public void Any_csv_imports_with_a_user_mapping()
    {
        const string csv = "Tag;Schluss;Umsatz\n02.01.2026;2498.5;n/a\n05.01.2026;2505.7;12\n";
        var result = Accepted(csv, "export.txt", mapping: Mapping());
        Assert.Equal(FormatIds.MappedCsv, result.Format);
        Assert.Equal(2505.7, result.Value("equity/rut", "2026-01-05", Fields.Close));
        Assert.Equal(3, result.Batches[0].Rows.Count);
    }

    [Fact]
    public void Unix_millisecond_and_second_dates_both_read()
    {
        var mapping = Mapping(',', Timestamps.UnixMilliseconds);
        Assert.Equal(1.0, Accepted("Tag,Schluss\n1767225600000,1.0\n", "a.csv", mapping: mapping)
            .Value("equity/rut", "2026-01-01", Fields.Close));
        var auto = Mapping(',', null!) with { DateFormat = null };
        var result = Accepted("Tag,Schluss\n1767225600,1.0\n1767312000000,2.0\n", "a.csv", mapping: auto);
        Assert.Equal(2.0, result.Value("equity/rut", "2026-01-02", Fields.Close));
    }

    [Fact]
    public void Series_template_splits_rows_into_one_series_per_value()
    {
        var mapping = new ColumnMapping
        {
            DateColumn = "day", Series = "coin/{coin}",
            Fields = new Dictionary<string, string> { ["px"] = Fields.Price },
        };
        var result = Accepted("day,coin,px\n2026-01-01,Solana,120\n2026-01-01,cardano,0.9\n", "x.csv", mapping: mapping);
        Assert.Equal(["coin/cardano", "coin/solana"], result.Batches.Select(b => b.Series));
    }

    [Fact]
    public void A_mapping_to_an_unknown_field_is_rejected_naming_it()
    {
        var mapping = Mapping() with { Fields = new Dictionary<string, string> { ["Schluss"] = "clsoe" } };
        Rejected(Parse("Tag;Schluss\n02.01.2026;1\n", "a.csv", mapping: mapping), 1, "unknown field 'clsoe'");
    }

    [Fact]
    public void A_date_in_the_wrong_format_names_the_format()
    {
        Rejected(Parse("Tag;Schluss\n2026-01-02;1\n", "a.csv", mapping: Mapping()), 2, "does not match the date format 'dd.MM.yyyy'");
    }

    [Fact]
    public void Daily_bars_and_funding_presets_read_their_reference_shapes()
    {
        var bars = Accepted("date,open,high,low,close,volume,wap,count\n2026-08-21,3007.16,3020.24,3000.05,3017.87,0.0,,\n", "RUT.csv");
        Assert.Equal(FormatIds.DailyBarsCsv, bars.Format);
        Assert.Equal(3017.87, bars.Value(SeriesNames.Russell2000, "2026-08-21", Fields.Close));

        var funding = Accepted("date,funding_mean,funding_abs\n2026-02-11,-2.72866666666667e-05,3.662e-05\n", "btc_funding_daily.csv");
        Assert.Equal(FormatIds.FundingDailyCsv, funding.Format);
        Assert.Equal(8, funding.Value(SeriesNames.Funding("btcusdt"), "2026-02-11", Fields.FundingIntervalHours));
    }
}
