namespace AltSeason.OnChain.Signals;

/// <summary>A parameter of the OnChain family is out of its allowed range; names the parameter and the value.</summary>
public sealed class OnChainParameterException(string parameter, string problem)
    : ArgumentException($"OnChain parameter '{parameter}' {problem}.", parameter)
{
    public string Parameter { get; } = parameter;
}
