using System.CommandLine;

namespace AltSeason.Cli.Audit;

/// <summary><c>altseason audit history|as-of|replay|verify|rebuild</c>: the audit API every service exposes for its own streams.</summary>
public static class AuditCommand
{
    public static Command Create(CliContext context, GlobalOptions options)
    {
        var service = new Option<string>("--service")
        {
            Description = "Which service's event streams to audit",
            DefaultValueFactory = _ => PlatformServices.Scoring,
            Recursive = true,
        };
        service.AcceptOnlyFromAmong(PlatformServices.All);

        var command = new Command("audit", "Audit recorded evaluations: read history, time travel, replay, verify hash chains; rebuild read models") { service };
        command.Subcommands.Add(AuditHistory.Create(context, options, service));
        command.Subcommands.Add(AuditAsOf.Create(context, options, service));
        command.Subcommands.Add(AuditReplay.Create(context, options, service));
        command.Subcommands.Add(AuditVerify.Create(context, options, service));
        command.Subcommands.Add(AuditRebuild.Create(context, options, service));
        return command;
    }
}
