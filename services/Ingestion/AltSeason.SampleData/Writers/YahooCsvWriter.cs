using System.Text;
using AltSeason.SampleData.Markets;

namespace AltSeason.SampleData.Writers;

/// <summary>Yahoo Finance's download: <c>Date,Open,High,Low,Close,Adj Close,Volume</c>, with a <c>null</c> row like Yahoo's gaps.</summary>
static class YahooCsvWriter
{
    public static byte[] Write(IReadOnlyList<DateOnly> sessions, IReadOnlyList<DailyBar> bars, int nullRow)
    {
        var text = new StringBuilder("Date,Open,High,Low,Close,Adj Close,Volume\n");
        for (var i = 0; i < sessions.Count; i++)
        {
            var b = bars[i];
            text.Append(Text.Date(sessions[i])).Append(',');
            if (i == nullRow) { text.Append("null,null,null,null,null,null\n"); continue; }
            text.Append(Text.Fixed(b.Open, 2)).Append(',').Append(Text.Fixed(b.High, 2)).Append(',')
                .Append(Text.Fixed(b.Low, 2)).Append(',').Append(Text.Fixed(b.Close, 2)).Append(',')
                .Append(Text.Fixed(b.Close, 2)).Append(',').Append(b.Volume).Append('\n');
        }
        return Text.Bytes(text);
    }
}
