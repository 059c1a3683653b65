namespace AltSeason.SampleData.Markets;

/// <summary>One session of an index, already rounded to cents so the written file and these values agree.</summary>
public readonly record struct DailyBar(double Open, double High, double Low, double Close, long Volume);
