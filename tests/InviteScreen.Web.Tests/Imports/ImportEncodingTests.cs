using System.Text;
using InviteScreen.Web.Imports;

namespace InviteScreen.Web.Tests.Imports;

/// <summary>A file a spreadsheet re-saved as Windows-1252 imports with its accents intact, and the job page says how it was read.</summary>
public sealed class ImportEncodingTests
{
    private const string File = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\r\n"
        + "José Müller,Sam,\"1/29/26, 2:37 PM\",Grüße – “Hallo”,INCOMING,,\r\n";

    [Fact]
    public async Task Import_Windows1252File_IsDecodedAsSuchWithAWarningOnTheJobPage()
    {
        await using var app = new InviteScreenAppFactory();
        using var client = app.CreateBrowserLikeClient();
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(File);

        using var upload = await ImportClient.UploadAsync(client, bytes);
        var jobUrl = upload.Headers.Location!.OriginalString;
        var job = await ImportClient.WaitAsync(client, long.Parse(jobUrl.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture));
        var page = await Forms.ParseAsync(await client.GetAsync(jobUrl, TestContext.Current.CancellationToken));

        Assert.Equal(1, job.Imported);
        var stored = app.WithDb(db => db.Invitations.Single());
        Assert.Equal("José Müller", stored.SenderName);
        Assert.Equal("Grüße – “Hallo”", stored.Message);
        Assert.Contains("Windows-1252", job.Warning, StringComparison.Ordinal);
        Assert.Contains("Windows-1252", page.QuerySelector("#import-warning")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_Utf8File_HasNoWarning()
    {
        await using var app = new InviteScreenAppFactory();
        using var client = app.CreateBrowserLikeClient();

        var job = await ImportClient.ImportAsync(client, File);

        Assert.Null(job.Warning);
        Assert.Equal("José Müller", app.WithDb(db => db.Invitations.Single()).SenderName);
    }
}
