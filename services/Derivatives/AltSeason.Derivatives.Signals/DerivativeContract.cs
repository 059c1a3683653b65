namespace AltSeason.Derivatives.Signals;

/// <summary>A perpetual futures symbol (e.g. <c>ETHUSDT</c>) and the coin it tracks (<c>ethereum</c>), for ranks and leverage.</summary>
public sealed record DerivativeContract(string Symbol, string CoinId);
