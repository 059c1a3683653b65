namespace AltSeason.SampleData;

/// <summary>One generated file in a vendor's own format, with the format id its parser answers to.</summary>
public sealed record SampleFile(string FileName, string Format, byte[] Content);
