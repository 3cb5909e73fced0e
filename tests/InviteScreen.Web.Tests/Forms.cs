using AngleSharp;
using AngleSharp.Dom;

namespace InviteScreen.Web.Tests;

/// <summary>Posts forms as a browser does: GET the page, read its antiforgery token, POST the fields.</summary>
internal static class Forms
{
    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return await BrowsingContext.New().OpenAsync(request => request.Content(html), TestContext.Current.CancellationToken);
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string pageUrl, string postUrl, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await ParseAsync(await client.GetAsync(pageUrl, TestContext.Current.CancellationToken));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{pageUrl} has no antiforgery token.");
        var content = new FormUrlEncodedContent(fields.Append(new KeyValuePair<string, string>("__RequestVerificationToken", token)));
        return await client.PostAsync(postUrl, content, TestContext.Current.CancellationToken);
    }
}
