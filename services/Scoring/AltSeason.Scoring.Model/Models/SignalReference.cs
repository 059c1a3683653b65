namespace AltSeason.Scoring.Model;

/// <summary>A published signal: the family that publishes it and its flat <c>SignalValue</c> name.</summary>
/// <param name="Family"><c>equities</c>, <c>derivatives</c> or <c>onchain</c>.</param>
public sealed record SignalReference(string Family, string Name)
{
    public override string ToString() => $"{Family}:{Name}";
}
