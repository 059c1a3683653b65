namespace AltSeason.Cli;

/// <summary>Names of the platform's services, as in the <c>services__&lt;name&gt;__grpc__0</c> environment contract.</summary>
public static class PlatformServices
{
    public const string Ingestion = "ingestion";
    public const string Equities = "equities";
    public const string Derivatives = "derivatives";
    public const string OnChain = "onchain";
    public const string Scoring = "scoring";

    public static readonly string[] All = [Ingestion, Equities, Derivatives, OnChain, Scoring];

    /// <summary>Shown whenever the platform cannot be found, so the fix is one copy-paste away.</summary>
    public const string StartCommand = "./run.sh";
}
