namespace AltSeason.ServiceDefaults.Auth;

/// <summary>The configured signing key is missing or unusable; the message says which, never what the key is.</summary>
public sealed class SigningKeyException(string message) : Exception(message);
