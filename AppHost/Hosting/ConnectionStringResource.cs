namespace AltSeason.AppHost.Hosting;

/// <summary>A resource others reference by a connection string (<c>ConnectionStrings__{Name}</c>), as in Aspire.</summary>
public interface IConnectionStringResource : IResource
{
    string ConnectionString { get; }
}
