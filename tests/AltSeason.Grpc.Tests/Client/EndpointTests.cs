using Microsoft.Extensions.Configuration;

namespace AltSeason.Grpc.Tests.Client;

public sealed class EndpointTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    [Fact]
    public void Reads_the_aspire_service_endpoint()
    {
        var address = GrpcEndpoints.Resolve(Config(("services:scoring:grpc:0", "http://127.0.0.1:5301")), "scoring");

        Assert.Equal(new Uri("http://127.0.0.1:5301"), address);
    }

    [Fact]
    public void Missing_endpoint_names_the_variable_to_set()
    {
        var error = Assert.Throws<InvalidOperationException>(() => GrpcEndpoints.Resolve(Config(), "equities"));

        Assert.Contains("services__equities__grpc__0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Endpoint_that_is_not_an_http_address_is_rejected_with_its_value()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            GrpcEndpoints.Resolve(Config(("services:onchain:grpc:0", "localhost:5000")), "onchain"));

        Assert.Contains("'localhost:5000'", error.Message, StringComparison.Ordinal);
    }
}
