using AltSeason.Derivatives.Family;

namespace AltSeason.SignalServices.Tests.Units;

public sealed class ContractMapTests
{
    [Theory]
    [InlineData("btcusdt", "bitcoin")]
    [InlineData("SOLUSDT", "solana")]
    [InlineData("ethusd", "ethereum")]
    [InlineData("avax", "avalanche-2")]
    public void Futures_symbols_map_to_coin_ids(string symbol, string coin) => Assert.Equal(coin, ContractMap.Default.CoinOf(symbol));

    [Theory]
    [InlineData("unknownusdt")]
    [InlineData("usdt")]
    public void Unknown_symbols_map_to_nothing(string symbol) => Assert.Null(ContractMap.Default.CoinOf(symbol));
}
