using System.Reflection;

namespace AltSeason.Scoring.Evaluation;

/// <summary>The version of this code, recorded on every score so an auditor knows what computed it.</summary>
public static class CodeVersion
{
    public static string Current { get; } =
        typeof(CodeVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(CodeVersion).Assembly.GetName().Version?.ToString()
        ?? "unknown";
}
