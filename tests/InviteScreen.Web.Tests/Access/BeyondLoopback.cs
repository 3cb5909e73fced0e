using InviteScreen.Web.Access;

namespace InviteScreen.Web.Tests.Access;

/// <summary>The app as deployed on a network address: the owner's password and an API key configured.</summary>
internal static class BeyondLoopback
{
    public const string Password = "correct horse battery staple";
    public const string ApiKey = "test-api-key-0123456789abcdef";
    public const string AnyAddress = "http://0.0.0.0:5080";

    private static readonly Lazy<string> PasswordHash = new(() => OwnerPassword.Hash(Password));

    public static InviteScreenAppFactory App(params (string Key, string? Value)[] overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["urls"] = AnyAddress,
            ["Access:OwnerPasswordHash"] = PasswordHash.Value,
            ["Access:ApiKey"] = ApiKey,
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        return new InviteScreenAppFactory(settings);
    }

    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string password = Password) =>
        Forms.PostAsync(client, "/login", "/login", new Dictionary<string, string> { ["Password"] = password });
}
