using AltSeason.Cli;

return await CliApp.RunAsync(args, CliContext.ForProcess());
