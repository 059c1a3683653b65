using Microsoft.Extensions.Options;

namespace AltSeason.ServiceDefaults.Auth;

/// <summary>Stops a service at start-up when its signing key is missing or unusable, saying which.</summary>
internal sealed class PlatformAuthOptionsValidation : IValidateOptions<PlatformAuthOptions>
{
    public ValidateOptionsResult Validate(string? name, PlatformAuthOptions options)
    {
        try
        {
            SigningKeys.Decode(options.SigningKey);
        }
        catch (SigningKeyException e)
        {
            return ValidateOptionsResult.Fail(e.Message);
        }

        return options.ClockSkew < TimeSpan.Zero
            ? ValidateOptionsResult.Fail($"Auth:ClockSkew is {options.ClockSkew}; it cannot be negative.")
            : ValidateOptionsResult.Success;
    }
}
