namespace AltSeason.Cli;

/// <summary>Finds a service's gRPC address: <c>--endpoint</c> first, then <c>services__&lt;name&gt;__grpc__0</c>.</summary>
public static class EndpointResolver
{
    public static string VariableFor(string service) => $"services__{service}__grpc__0";

    public static Uri Resolve(string service, string? endpointOption, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (!string.IsNullOrWhiteSpace(endpointOption))
        {
            return Parse(endpointOption, "--endpoint");
        }

        var variable = VariableFor(service);
        var value = environment(variable);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new CliException(ExitCodes.Unreachable,
                $"No address for the {service} service: pass --endpoint http://HOST:PORT or set {variable}. "
                + $"Start the platform with `{PlatformServices.StartCommand}` from the repository root; it prints each service's grpc endpoint.");
        }

        return Parse(value, variable);
    }

    private static Uri Parse(string value, string source) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var address) && address.Scheme is "http" or "https"
            ? address
            : throw CliException.Usage($"{source} is '{value}', which is not an absolute http:// or https:// address (e.g. http://127.0.0.1:5101).");
}
