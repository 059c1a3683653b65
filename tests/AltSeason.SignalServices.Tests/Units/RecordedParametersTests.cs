using AltSeason.SignalServices.Families;

namespace AltSeason.SignalServices.Tests.Units;

public sealed class RecordedParametersTests
{
    sealed record Window(int Days, double Coverage);
    sealed record Sample(Window Short, IReadOnlyList<int> Windows, string Name, DayOfWeek Day);

    [Fact]
    public void Nested_records_flatten_to_dotted_names_in_declaration_order()
    {
        var flat = RecordedParameters.Flatten(new Sample(new Window(7, 0.8), [30, 90], "v1", DayOfWeek.Friday));
        Assert.Equal(
            [new("short.days", "7"), new("short.coverage", "0.8"), new("windows", "30,90"), new("name", "v1"), new("day", "friday")],
            flat);
    }
}
