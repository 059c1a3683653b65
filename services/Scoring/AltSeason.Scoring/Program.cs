using AltSeason.Scoring;
using AltSeason.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddApplicationServices();
builder.AddServiceDefaults(bus => bus.AddScoringConsumers());

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapApplicationEndpoints();
app.MapDashboard();
app.Run();
