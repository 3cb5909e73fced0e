using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using InviteScreen.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace InviteScreen.Web.Access;

/// <summary>
/// A value every owner cookie carries and every request checks. It changes on sign-out and setup, and a changed
/// password changes it too (it includes a fingerprint of the hash), so a copied or stolen cookie dies with the
/// session it came from. Kept in a file beside the database, readable by the app's user only, so a restart keeps
/// the owner signed in.
/// </summary>
public sealed class SessionStamp(DatabaseFile database, OwnerPassword owner)
{
    public const string ClaimType = "invitescreen:stamp";

    private readonly string filePath = Path.Combine(database.Directory, "owner-session.stamp");
    private readonly Lock gate = new();
    private string? stamp;

    /// <summary>The value a cookie issued now carries.</summary>
    public string Current
    {
        get
        {
            lock (gate)
            {
                stamp ??= ReadOrCreate();
                return $"{stamp}.{Fingerprint(owner.CurrentHash)}";
            }
        }
    }

    /// <summary>Ends every session: cookies issued before no longer match.</summary>
    public void Rotate()
    {
        lock (gate)
        {
            stamp = Write(RandomNumberGenerator.GetHexString(32, lowercase: true));
        }
    }

    public Claim Claim() => new(ClaimType, Current);

    /// <summary>Cookie validation: a cookie from an ended session is refused and deleted.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var current = context.HttpContext.RequestServices.GetRequiredService<SessionStamp>().Current;
        var carried = context.Principal?.FindFirst(ClaimType)?.Value;
        if (carried is null || !ApiKeyAuthentication.FixedTimeEquals(carried, current))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    private static string Fingerprint(string? hash) =>
        hash is null ? "none" : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(hash)))[..16];

    private string ReadOrCreate() =>
        File.Exists(filePath) && File.ReadAllText(filePath).Trim() is { Length: >= 32 } stored
            ? stored
            : Write(RandomNumberGenerator.GetHexString(32, lowercase: true));

    private string Write(string value)
    {
        PrivateFile.Write(filePath, value);
        return value;
    }
}
