using AltSeason.AppHost;
using AltSeason.AppHost.Hosting;
using AltSeason.AppHost.SampleRun;

if (args is ["infra", ..]) return await InfrastructureOnly.RunAsync(args[1..]);

var builder = DistributedApplication.CreateBuilder(args);
var app = PlatformModel.Build(builder);
// `--no-sample` starts the platform empty, e.g. to ingest your own files with the CLI.
return await app.RunAsync(args.Contains("--no-sample") ? null : (a, ct) => SampleDataRun.RunAsync(a, builder.DataDirectory, ct));
