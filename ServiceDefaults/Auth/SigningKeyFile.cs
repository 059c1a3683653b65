using AltSeason.ServiceDefaults.Tls;

namespace AltSeason.ServiceDefaults.Auth;

/// <summary>The platform key kept in a data folder: created once (owner-only, 0600), reused on every restart.</summary>
public static class SigningKeyFile
{
    public const string FileName = "auth-signing.key";

    public static string PathIn(string dataDirectory) => Path.Combine(dataDirectory, FileName);

    public static string LoadOrCreate(string dataDirectory)
    {
        var path = PathIn(dataDirectory);
        if (File.Exists(path))
        {
            return Read(path);
        }

        Directory.CreateDirectory(dataDirectory);
        var key = SigningKeys.Generate();
        SecretFiles.Write(path, System.Text.Encoding.ASCII.GetBytes(key));
        return key;
    }

    /// <summary>Reads and checks a key file, naming the file when it is unusable.</summary>
    public static string Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new SigningKeyException($"The key file '{path}' does not exist. Start the platform once (./run.sh) to create it.");
        }

        var key = File.ReadAllText(path).Trim();
        SigningKeys.Decode(key, $"The key file '{path}'");
        return key;
    }
}
