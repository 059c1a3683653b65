using System.CommandLine;
using AltSeason.Contracts.V1;
using AltSeason.Grpc.Clients;
using Spectre.Console;

namespace AltSeason.Cli.Ingest;

/// <summary><c>altseason ingest &lt;files or folders&gt; [--format] [--map] [--series]</c>: uploads files to the Ingestion service.</summary>
public static class IngestCommand
{
    public static Command Create(CliContext context, GlobalOptions options)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders to ingest", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string?>("--format") { Description = "Format of every file (e.g. yahoo-csv); default: detected per file" };
        var map = new Option<string[]>("--map")
        {
            Description = "Column mapping platform=file, repeatable or comma-separated (e.g. --map date=Date --map \"close=Adj Close\")",
            AllowMultipleArgumentsPerToken = true,
        };
        var series = new Option<string?>("--series") { Description = "Series name to store the rows under (e.g. equity/rut)" };

        var command = new Command("ingest", "Import market data files; every row is validated and each file is accepted or rejected whole")
        {
            paths, format, map, series,
        };
        command.SetAction((parse, ct) =>
        {
            var run = new CommandRun(parse, options, context);
            var files = InputFiles.Expand(run.Get(paths) ?? []);
            var header = new ImportHeader { Format = run.Get(format) ?? "", Series = run.Get(series) ?? "" };
            header.ColumnMapping.Add(ColumnMappingInput.Parse(run.Get(map)));
            return RunAsync(run, files, header, ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(CommandRun run, IReadOnlyList<FileInfo> files, ImportHeader template, CancellationToken ct)
    {
        using var connection = run.Connect(PlatformServices.Ingestion);
        var client = new IngestionClient(connection.Client);
        var reports = new List<ImportReport>();

        async Task Upload(FileInfo file, Action<long> progress)
        {
            var header = template.Clone();
            header.FileName = file.Name;
            await using var content = new ProgressStream(file.OpenRead(), progress);
            reports.Add(await connection.CallAsync(options => client.UploadAsync(header, content, options: options), ct));
        }

        if (run.Json)
        {
            foreach (var file in files)
            {
                await Upload(file, _ => { });
            }

            JsonOutput.Write(run.Context.Output, IngestSummary.ToJson(reports));
        }
        else
        {
            await run.Context.Console.Progress().AutoClear(false).StartAsync(async progress =>
            {
                var tasks = files.Select(f => progress.AddTask(Markup.Escape(f.Name), autoStart: false, maxValue: Math.Max(1, f.Length))).ToList();
                for (var i = 0; i < files.Count; i++)
                {
                    var task = tasks[i];
                    task.StartTask();
                    await Upload(files[i], read => task.Value = read);
                    task.Value = task.MaxValue;
                    task.StopTask();
                }
            });
            IngestSummary.Render(run.Context.Console, reports);
        }

        return reports.All(r => r.Accepted) ? ExitCodes.Success : ExitCodes.Rejected;
    }
}
