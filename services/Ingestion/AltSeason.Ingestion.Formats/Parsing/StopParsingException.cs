namespace AltSeason.Ingestion.Formats.Parsing;

/// <summary>Unwinds a parser once the file is known to be rejected and reading further would add nothing.</summary>
sealed class StopParsingException : Exception
{
    public StopParsingException() : base("Parsing stopped: the file is rejected.") { }
}
