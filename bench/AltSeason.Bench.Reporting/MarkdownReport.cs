using System.Text;

namespace AltSeason.Bench.Reporting;

/// <summary>report.md: the machine, a goals summary, then one table per suite with every figure and its ratio.</summary>
public static class MarkdownReport
{
    public static string Render(MergedReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var m = report.Machine;
        var md = new StringBuilder();
        md.AppendLine("# AltSeason benchmark report").AppendLine();
        md.AppendLine($"Run {m.Captured:yyyy-MM-dd HH:mm} UTC{(report.Quick ? " — **quick mode** (small sizes: a smoke run, not figures to quote)" : "")}, {report.TotalSeconds / 60:0.0} min in all.").AppendLine();
        md.AppendLine("| machine | |").AppendLine("|---|---|");
        md.AppendLine($"| CPU | {m.CpuModel} |");
        md.AppendLine($"| cores | {m.Cores} |");
        md.AppendLine($"| memory | {m.MemoryGiB} GiB |");
        md.AppendLine($"| OS | {m.OperatingSystem} |");
        md.AppendLine($"| .NET | {m.DotNet} |");
        md.AppendLine($"| load average at start | {m.LoadAverageAtStart} |").AppendLine();
        md.AppendLine("Ratio = figure / baseline, both measured in the same run: for rates, the share of the baseline's rate; for times, how many times the baseline's time.").AppendLine();

        var goals = report.Suites.SelectMany(s => s.Figures.Where(f => f.Goal is not null).Select(f => (s.Suite, f))).ToList();
        if (goals.Count > 0)
        {
            md.AppendLine("## Goals").AppendLine();
            md.AppendLine("| suite | figure | value | goal | |").AppendLine("|---|---|---|---|---|");
            foreach (var (suite, f) in goals)
                md.AppendLine($"| {suite} | {Cell(f.Name)} | {FigureText.Number(f.Value)} {f.Unit} | {Cell(f.Goal!)} | {(f.GoalMet == true ? "met" : "**missed**")} |");
            md.AppendLine();
        }
        foreach (var missing in report.Missing) md.AppendLine($"- **{missing}**: no result (the program failed; see the run's console output).");
        if (report.Missing.Count > 0) md.AppendLine();

        foreach (var suite in report.Suites)
        {
            md.AppendLine($"## {suite.Suite}").AppendLine().AppendLine($"{suite.Description} ({suite.Seconds:0} s)").AppendLine();
            md.AppendLine("| figure | value | unit | baseline | baseline value | ratio |").AppendLine("|---|---:|---|---|---:|---:|");
            foreach (var f in suite.Figures)
            {
                var name = Cell(f.Name) + (f.Note is null ? "" : $" ({Cell(f.Note)})");
                var baselineValue = f.BaselineValue is { } b ? FigureText.Number(b) : "";
                md.AppendLine($"| {name} | {FigureText.Number(f.Value)} | {f.Unit} | {Cell(f.Baseline ?? "")} | {baselineValue} | {FigureText.Ratio(f)} |");
            }
            md.AppendLine();
            foreach (var note in suite.Notes) md.AppendLine($"- {note}");
            if (suite.Notes.Count > 0) md.AppendLine();
        }
        return md.ToString();
    }

    static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
