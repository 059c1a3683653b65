namespace AltSeason.Scoring.Components;

/// <summary>How Scoring learned of a family's evaluation (recorded on the component event).</summary>
public static class ComponentVia
{
    public const string Message = "message";
    public const string Grpc = "grpc";
}
