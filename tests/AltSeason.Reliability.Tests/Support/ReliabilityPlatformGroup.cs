namespace AltSeason.Reliability.Tests.Support;

/// <summary>One platform for the whole assembly: every class resets it to an empty database before a backfill.</summary>
[CollectionDefinition(Name)]
public sealed class ReliabilityPlatformGroup : ICollectionFixture<ReliabilityPlatform>
{
    public const string Name = "reliability platform";
}
