using AltSeason.Bench;

// The suite's report writer, called by bench/run.sh:
//   machine <results-dir>            records the machine and its load before anything runs
//   merge <results-dir> <suite>...   merges <suite>.json files into report.json and report.md
return args switch
{
    ["machine", var folder] => await ReportCommands.MachineAsync(folder),
    ["merge", var folder, .. var suites] => await ReportCommands.MergeAsync(folder, suites),
    _ => ReportCommands.Usage(),
};
