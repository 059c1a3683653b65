using AltSeason.AppHost;
using AltSeason.AppHost.Hosting;

if (args is ["infra", ..]) return await InfrastructureOnly.RunAsync(args[1..]);

var app = PlatformModel.Build(DistributedApplication.CreateBuilder(args));
return await app.RunAsync();
