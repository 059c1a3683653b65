using System.CommandLine;

namespace AltSeason.Cli;

/// <summary>What a command's action needs: the parsed line, the output, and a way to reach a service.</summary>
public sealed class CommandRun(ParseResult parse, GlobalOptions options, CliContext context)
{
    public ParseResult Parse => parse;

    public CliContext Context => context;

    public bool Json => parse.GetValue(options.Json);

    public PlatformConnection Connect(string service) => new(
        service,
        EndpointResolver.Resolve(service, parse.GetValue(options.Endpoint), context.Environment),
        TimeSpan.FromSeconds(parse.GetValue(options.TimeoutSeconds)),
        TokenSource.Resolve(parse.GetValue(options.Token), parse.GetValue(options.TokenFile), context.Environment));

    public T? Get<T>(Option<T> option) => parse.GetValue(option);

    public T? Get<T>(Argument<T> argument) => parse.GetValue(argument);
}
