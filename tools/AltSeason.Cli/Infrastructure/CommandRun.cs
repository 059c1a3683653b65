using System.CommandLine;

namespace AltSeason.Cli;

/// <summary>What a command's action needs: the parsed line, the output, and a way to reach a service.</summary>
public sealed class CommandRun(ParseResult parse, GlobalOptions options, CliContext context)
{
    public ParseResult Parse => parse;

    public CliContext Context => context;

    public bool Json => parse.GetValue(options.Json);

    public PlatformConnection Connect(string service)
    {
        var address = EndpointResolver.Resolve(service, parse.GetValue(options.Endpoint), context.Environment);
        var token = TokenSource.Resolve(parse.GetValue(options.Token), parse.GetValue(options.TokenFile), context.Environment);
        // An explicit certificate is checked even for http://, so a typo shows up before the platform moves to TLS.
        var caCert = parse.GetValue(options.CaCert);
        var trust = address.Scheme == Uri.UriSchemeHttps || !string.IsNullOrWhiteSpace(caCert)
            ? ServerTrust.Resolve(caCert, context.Environment)
            : null;
        return new PlatformConnection(service, address, TimeSpan.FromSeconds(parse.GetValue(options.TimeoutSeconds)), token, trust);
    }

    public T? Get<T>(Option<T> option) => parse.GetValue(option);

    public T? Get<T>(Argument<T> argument) => parse.GetValue(argument);
}
