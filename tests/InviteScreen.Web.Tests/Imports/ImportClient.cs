using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using InviteScreen.Web.Imports;

namespace InviteScreen.Web.Tests.Imports;

/// <summary>Uploads a file through the Import page as a browser does, and waits for the background import.</summary>
internal static class ImportClient
{
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string content, string fileName = "Invitations.csv", string path = "/import") =>
        await UploadAsync(client, Encoding.UTF8.GetBytes(content), fileName, path);

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content, string fileName = "Invitations.csv", string path = "/import")
    {
        var page = await Forms.ParseAsync(await client.GetAsync("/import", TestContext.Current.CancellationToken));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("/import has no antiforgery token.");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { file, "Upload", fileName } };
        return await client.PostAsync(path, form, TestContext.Current.CancellationToken);
    }

    /// <summary>Uploads, follows the redirect to the job page, and polls the job until it is finished.</summary>
    public static async Task<ImportJobResponse> ImportAsync(HttpClient client, string content, string path = "/import")
    {
        using var response = await UploadAsync(client, content, path: path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = long.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        return await WaitAsync(client, id);
    }

    public static async Task<ImportJobResponse> WaitAsync(HttpClient client, long id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var job = (await client.GetFromJsonAsync<ImportJobResponse>($"/api/imports/{id}", Json.Options, TestContext.Current.CancellationToken))!;
            if (job.Status is ImportStatus.Completed or ImportStatus.Failed)
            {
                return job;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Import {id} still {job.Status} after 60 s.");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
