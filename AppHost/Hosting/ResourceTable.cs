namespace AltSeason.AppHost.Hosting;

static class ResourceTable
{
    public static void Print(IEnumerable<IResource> resources)
    {
        var rows = resources.Select(r => (r.Name, r.Kind, State: r.State.ToString(), Endpoints: string.Join("  ", r.Endpoints))).ToList();
        var widths = (rows.Max(r => r.Name.Length), rows.Max(r => r.Kind.Length), rows.Max(r => r.State.Length));
        Console.WriteLine();
        Console.WriteLine($"{"RESOURCE".PadRight(widths.Item1)}  {"TYPE".PadRight(widths.Item2)}  {"STATE".PadRight(widths.Item3)}  ENDPOINTS");
        foreach (var r in rows)
            Console.WriteLine($"{r.Name.PadRight(widths.Item1)}  {r.Kind.PadRight(widths.Item2)}  {r.State.PadRight(widths.Item3)}  {r.Endpoints}");
        Console.WriteLine();
    }
}
