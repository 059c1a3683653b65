namespace AltSeason.TimeSeries.Statistics;

/// <summary>A correlation with its confidence interval and the number of pairs it rests on.</summary>
public readonly record struct CorrelationInterval(double Correlation, double Lower, double Upper, int Count, double Confidence);
