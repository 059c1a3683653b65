using System.Security.Cryptography;

namespace AltSeason.ServiceDefaults.Auth;

/// <summary>The platform's signing key as text: base64 of at least <see cref="MinimumBytes"/> random bytes.</summary>
public static class SigningKeys
{
    /// <summary>HS256 needs a key at least as long as its 256-bit output.</summary>
    public const int MinimumBytes = 32;

    public static string Generate() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));

    /// <summary>Decodes a key, or explains what is wrong with it (without repeating it: keys never go into messages).</summary>
    public static byte[] Decode(string? key, string source = "Auth:SigningKey")
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new SigningKeyException(
                $"{source} is not set. Every service needs the platform's signing key (base64, at least {MinimumBytes} bytes); "
                + "the AppHost generates one and passes it as Auth__SigningKey.");
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(key.Trim());
        }
        catch (FormatException)
        {
            throw new SigningKeyException($"{source} is not valid base64 ({key.Trim().Length} characters).");
        }

        return bytes.Length >= MinimumBytes
            ? bytes
            : throw new SigningKeyException($"{source} decodes to {bytes.Length} bytes; HS256 needs at least {MinimumBytes}.");
    }
}
