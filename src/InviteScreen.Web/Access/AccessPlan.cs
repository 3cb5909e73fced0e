namespace InviteScreen.Web.Access;

/// <summary>Decided once at start-up: who may come in, and whether the app may start at all.</summary>
public sealed record AccessPlan(IReadOnlyList<string> Addresses, bool ListensBeyondLoopback, bool SignInRequired, string? Refusal)
{
    public static AccessPlan Decide(IReadOnlyList<string> addresses, AccessSettings settings, bool ownerPasswordStored)
    {
        var beyondLoopback = ListenAddresses.AnyBeyondLoopback(addresses);
        var signInRequired = beyondLoopback || settings.RequireSignIn;
        var why = beyondLoopback ? $"InviteScreen is set to listen on {string.Join(", ", addresses)} and so requires sign-in" : "Access:RequireSignIn is true";
        return new(addresses, beyondLoopback, signInRequired, signInRequired ? RefusalFor(why, settings, ownerPasswordStored) : null);
    }

    private static string? RefusalFor(string why, AccessSettings settings, bool ownerPasswordStored)
    {
        if (!string.IsNullOrEmpty(settings.OwnerPasswordHash) && !OwnerPassword.LooksLikeHash(settings.OwnerPasswordHash))
        {
            return $"Refusing to start: Access:OwnerPasswordHash is not a password hash; make one with `{OwnerPassword.HashCommand}`.";
        }

        if (!string.IsNullOrEmpty(settings.ApiKey) && settings.ApiKey.Length < AccessSettings.MinApiKeyLength)
        {
            return $"Refusing to start: Access:ApiKey is shorter than {AccessSettings.MinApiKeyLength} characters.";
        }

        return string.IsNullOrEmpty(settings.OwnerPasswordHash) && !ownerPasswordStored && !settings.AllowSetup
            ? $"Refusing to start: {why}, but no owner password is set. Set Access:OwnerPasswordHash (make one with `{OwnerPassword.HashCommand}`), " +
              "or Access:AllowSetup=true to choose the password with a one-time token from the log, or listen on loopback only."
            : null;
    }
}
