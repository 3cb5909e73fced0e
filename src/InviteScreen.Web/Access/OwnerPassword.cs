using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace InviteScreen.Web.Access;

/// <summary>
/// The single owner's password: a hash from configuration, else one stored by the first-run setup in a
/// file only the app's user can read. Hashes use ASP.NET Core Identity's format (PBKDF2-HMAC-SHA512).
/// </summary>
public sealed class OwnerPassword
{
    public const string HashCommand = "dotnet run --project src/InviteScreen.Web -- hash-password";
    public const int MinLength = 12;

    private static readonly PasswordHasher<OwnerPassword> Hasher = new();
    private readonly string filePath;
    private readonly Lock gate = new();
    private string? hash;

    public OwnerPassword(AccessSettings settings, string filePath)
    {
        this.filePath = filePath;
        hash = string.IsNullOrEmpty(settings.OwnerPasswordHash) ? ReadStored(filePath) : settings.OwnerPasswordHash;
        SetupToken = hash is null && settings.AllowSetup ? RandomNumberGenerator.GetHexString(32, lowercase: true) : null;
    }

    /// <summary>Set while no password exists and setup is allowed; printed to the log once, spent by the setup.</summary>
    public string? SetupToken { get; private set; }

    public bool IsSet => hash is not null;

    /// <summary>The hash in force, for the session stamp: a new password ends the old sessions.</summary>
    internal string? CurrentHash => hash;

    public static string Hash(string password) => Hasher.HashPassword(null!, password);

    public static bool LooksLikeHash(string value)
    {
        var bytes = new byte[value.Length];
        return Convert.TryFromBase64String(value, bytes, out var length) && length >= 13 + 16 + 32 && bytes[0] == 0x01;
    }

    public static bool IsStored(string filePath) => ReadStored(filePath) is not null;

    public bool Verify(string? password) =>
        hash is { } current && !string.IsNullOrEmpty(password) && password.Length <= 1000
        && Hasher.VerifyHashedPassword(this, current, password) != PasswordVerificationResult.Failed;

    /// <summary>Spends the setup token and stores the new password's hash; false if the token is wrong or spent.</summary>
    public bool CompleteSetup(string? token, string password)
    {
        lock (gate)
        {
            if (SetupToken is null || token is null || !ApiKeyAuthentication.FixedTimeEquals(token.Trim(), SetupToken))
            {
                return false;
            }

            var newHash = Hash(password);
            PrivateFile.Write(filePath, newHash);
            hash = newHash;
            SetupToken = null;
            return true;
        }
    }

    private static string? ReadStored(string filePath) =>
        File.Exists(filePath) && File.ReadAllText(filePath).Trim() is { Length: > 0 } stored && LooksLikeHash(stored) ? stored : null;
}
