namespace InviteScreen.Web.Access;

/// <summary>The <c>Access</c> section of the configuration.</summary>
public sealed class AccessSettings
{
    public const string Section = "Access";

    public bool RequireSignIn { get; init; }
    public string? OwnerPasswordHash { get; init; }
    public string? ApiKey { get; init; }
    public bool AllowSetup { get; init; }
    public string OwnerPasswordFile { get; init; } = "App_Data/owner-password.hash";
    public int MaxFailedSignIns { get; init; } = 5;
    public int LockoutMinutes { get; init; } = 15;

    public const int MinApiKeyLength = 16;
}
