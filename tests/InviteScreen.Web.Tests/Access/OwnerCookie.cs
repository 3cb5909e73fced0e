using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InviteScreen.Web.Tests.Access;

/// <summary>Signs in and hands back the owner cookie itself, so a test can replay it elsewhere as a thief would.</summary>
internal static class OwnerCookie
{
    public static async Task<string> SignInAsync(InviteScreenAppFactory app, string password = BeyondLoopback.Password)
    {
        using var client = Bare(app);
        var login = await client.GetAsync("/login", TestContext.Current.CancellationToken);
        var antiforgery = CookiesOf(login);
        var token = (await Forms.ParseAsync(login)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Password"] = password, ["__RequestVerificationToken"] = token }),
        };
        post.Headers.Add("Cookie", antiforgery);

        var response = await client.SendAsync(post, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return CookiesOf(response);
    }

    /// <summary>The status of a GET sent with only <paramref name="cookie"/>: 200 when it opens the app, a redirect to /login when not.</summary>
    public static async Task<HttpStatusCode> GetWithAsync(InviteScreenAppFactory app, string cookie, string path = "/invitations")
    {
        using var client = Bare(app);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return (await client.SendAsync(request, TestContext.Current.CancellationToken)).StatusCode;
    }

    public static HttpClient Bare(InviteScreenAppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private static string CookiesOf(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies.Select(c => c.Split(';')[0]) : []);
}
