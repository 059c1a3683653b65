namespace AltSeason.Equities.Signals;

/// <summary>Rejects parameters no calculator can honour, naming the parameter and the value.</summary>
public static class EquitiesParametersValidation
{
    public static void Validate(EquitiesParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        AtLeast("relative_strength.change_sessions", parameters.RelativeStrength.ChangeSessions, 1);
        AtLeast("relative_strength.prior_high_sessions", parameters.RelativeStrength.PriorHighSessions, 1);
        AtLeast("breakout.lookback_sessions", parameters.Breakout.LookbackSessions, 1);
        AtLeast("breakout.confirm_sessions", parameters.Breakout.ConfirmSessions, 1);
        var shape = parameters.HeadAndShoulders;
        AtLeast("head_and_shoulders.smoothing_sessions", shape.SmoothingSessions, 1);
        AtLeast("head_and_shoulders.extremum_half_width", shape.ExtremumHalfWidth, 1);
        AtLeast("head_and_shoulders.lookback_sessions", shape.LookbackSessions, 4 * shape.ExtremumHalfWidth);
        if (!(shape.ShoulderTolerance > 0 && shape.ShoulderTolerance < 1))
            Fail("head_and_shoulders.shoulder_tolerance", $"must be between 0 and 1 (exclusive), got {shape.ShoulderTolerance}");
        var c = parameters.Correlation;
        foreach (var w in c.Windows) AtLeast("correlation.windows", w, 4);
        if (!(c.Confidence > 0 && c.Confidence < 1))
            Fail("correlation.confidence", $"must be between 0 and 1 (exclusive), got {c.Confidence}");
        AtLeast("correlation.max_lag", c.MaxLag, 0);
        AtLeast("correlation.cross_correlation_window", c.CrossCorrelationWindow, c.MaxLag + 3);
        AtLeast("correlation.granger_lags", c.GrangerLags, 1);
        AtLeast("correlation.granger_window", c.GrangerWindow, 2 * c.GrangerLags + 3);
        if (c.CryptoSnapshotCutoffHour is < 0 or > 23)
            Fail("correlation.crypto_snapshot_cutoff_hour", $"must be an hour 0..23, got {c.CryptoSnapshotCutoffHour}");
    }

    static void AtLeast(string name, int value, int minimum)
    {
        if (value < minimum) Fail(name, $"must be at least {minimum}, got {value}");
    }

    static void Fail(string name, string reason) => throw new EquitiesInputException($"parameter {name}", null, reason);
}
