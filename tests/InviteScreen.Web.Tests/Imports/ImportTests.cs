using System.Net;
using System.Text;
using InviteScreen.Web.Imports;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Tests.Imports;

public sealed class ImportTests
{
    private const string CurrentHeader = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n";
    private const string OlderHeader = "From,To,Sent At,Message,Direction\n";

    private static readonly string CurrentFile = CurrentHeader
        + "Ana Novak,Me Myself,\"1/29/26, 2:37 PM\",\"Loved your talk on WAL checkpoints at NDC, the part on fsync.\",INCOMING,https://www.linkedin.com/in/ana-novak,https://www.linkedin.com/in/me\n"
        + "Me Myself,Ben Okafor,\"1/28/26, 9:00 AM\",Hi Ben,OUTGOING,https://www.linkedin.com/in/me,https://www.linkedin.com/in/ben\n"
        + "Chen Wei,Me Myself,\"12/3/25, 11:15 PM\",\"I'd like to add you to my professional network.\nBest, Chen\",INCOMING,https://www.linkedin.com/in/chen-wei,https://www.linkedin.com/in/me\n"
        + "Dana Levi,Me Myself,\"11/2/25, 8:01 AM\",,INCOMING,,\n";

    [Fact]
    public async Task Import_CurrentHeader_StoresIncomingWithSentAtAndSkipsOutgoing()
    {
        await using var app = new InviteScreenAppFactory();
        using var client = app.CreateBrowserLikeClient();

        var job = await ImportClient.ImportAsync(client, CurrentFile);

        Assert.Equal((ImportStatus.Completed, 4, 4, 3, 1, 0, 0), (job.Status, job.TotalRows, job.RowsDone, job.Imported, job.OutgoingSkipped, job.Duplicates, job.BadRows));
        var stored = app.WithDb(db => db.Invitations.OrderBy(i => i.SentAt).ToList());
        Assert.Equal(["Dana Levi", "Chen Wei", "Ana Novak"], stored.Select(i => i.SenderName));
        Assert.Equal(new DateTime(2026, 1, 29, 14, 37, 0), stored[2].SentAt);
        Assert.Equal("https://www.linkedin.com/in/ana-novak", stored[2].ProfileUrl);
        Assert.Contains("Best, Chen", stored[1].Message, StringComparison.Ordinal);
        Assert.All(stored, i => Assert.NotNull(i.ImportKey));
    }

    [Fact]
    public async Task Import_OlderHeaderWithoutUrlColumns_StoresIncoming()
    {
        await using var app = new InviteScreenAppFactory();
        using var client = app.CreateBrowserLikeClient();

        var job = await ImportClient.ImportAsync(client, OlderHeader
            + "Ana Novak,Me,\"3/14/22, 10:20 AM\",We met at PGConf EU in Prague,INCOMING\n"
            + "Me,Ben Okafor,\"3/15/22, 10:20 AM\",,OUTGOING\n");

        Assert.Equal((ImportStatus.Completed, 1, 1), (job.Status, job.Imported, job.OutgoingSkipped));
        var stored = Assert.Single(app.WithDb(db => db.Invitations.ToList()));
        Assert.Equal(new DateTime(2022, 3, 14, 10, 20, 0), stored.SentAt);
        Assert.Null(stored.ProfileUrl);
    }

    [Fact]
    public async Task Import_SameFileTwice_SecondImportAddsNothing()
    {
        await using var app = new InviteScreenAppFactory();
        using var client = app.CreateBrowserLikeClient();
        await ImportClient.ImportAsync(client, CurrentFile);
        var before = app.WithDb(db => (db.Invitations.Count(), db.Findings.Count(), db.TemplateBands.Count()));

        var second = await ImportClient.ImportAsync(client, CurrentFile);

        Assert.Equal((0, 3, 1), (second.Imported, second.Duplicates, second.OutgoingSkipped));
        Assert.Equal(before, app.WithDb(db => (db.Invitations.Count(), db.Findings.Count(), db.TemplateBands.Count())));
    }

    [Fact]
    public async Task Import_BadRows_AreListedWithLineNumbersWhileGoodRowsImport()
    {
        await using var app = new InviteScreenAppFactory();
        using var client = app.CreateBrowserLikeClient();

        var job = await ImportClient.ImportAsync(client, OlderHeader
            + "Ana Novak,Me,\"1/29/26, 2:37 PM\",\"A note\nover two lines\",INCOMING\n"
            + "Ben Okafor,Me,someday,Hello,INCOMING\n"
            + "Chen Wei,Me,\"1/29/26, 2:37 PM\",Hello,INCOMING,surplus\n"
            + $"{new string('x', 300)},Me,\"1/29/26, 2:37 PM\",Hello,INCOMING\n"
            + "Dana Levi,Me,\"1/30/26, 8:00 AM\",Thanks for the Kafka lag fix,INCOMING\n");

        Assert.Equal((ImportStatus.Completed, 2, 3), (job.Status, job.Imported, job.BadRows));
        Assert.Equal([4, 5, 6], job.BadRowList.Select(r => r.LineNumber));
        Assert.Contains("Sent At", job.BadRowList[0].Reason, StringComparison.Ordinal);
        Assert.Contains("columns", job.BadRowList[1].Reason, StringComparison.Ordinal);
        Assert.Contains("longer than 200", job.BadRowList[2].Reason, StringComparison.Ordinal);
        Assert.Equal(["Ana Novak", "Dana Levi"], app.WithDb(db => db.Invitations.OrderBy(i => i.Id).Select(i => i.SenderName).ToList()));

        using var page = await client.GetAsync($"/import/{job.Id}", TestContext.Current.CancellationToken);
        var rows = (await Forms.ParseAsync(page)).QuerySelectorAll("#bad-rows tbody tr").Select(r => r.QuerySelector("td")!.TextContent).ToList();
        Assert.Equal(["4", "5", "6"], rows);
    }

    [Theory]
    [InlineData("First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Novak,,,,,\n")]
    [InlineData("\u0000PK\u0003\u0004 not a text file \u0000\u0001\u0002")]
    public async Task Import_NotInvitationsCsv_ShowsClearErrorAndChangesNothing(string content)
    {
        await using var app = new InviteScreenAppFactory();
        using var client = app.CreateBrowserLikeClient();
        await app.StoreAsync(new() { SenderName = "Already here", Message = "Stored before the import." });

        using var response = await ImportClient.UploadAsync(client, content, "Connections.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = (await Forms.ParseAsync(response)).QuerySelector("#upload-error")!.TextContent;
        Assert.Contains("not LinkedIn's Invitations.csv", error, StringComparison.Ordinal);
        Assert.Contains("Nothing was imported", error, StringComparison.Ordinal);
        Assert.Equal((1, 0), app.WithDb(db => (db.Invitations.Count(), db.ImportJobs.Count())));
        var imports = Path.Combine(Path.GetDirectoryName(app.DatabasePath)!, "imports");
        Assert.True(!Directory.Exists(imports) || Directory.GetFiles(imports).Length == 0, "The refused upload was not kept.");
    }

    [Fact]
    public async Task Import_OverTheConfiguredSizeLimit_Returns413WithClearMessageAndChangesNothing()
    {
        await using var app = new InviteScreenAppFactory();
        await using var limited = app.WithWebHostBuilder(b => b.UseSetting("Import:MaxUploadBytes", "4096"));
        using var client = limited.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await ImportClient.UploadAsync(client, CurrentFile + new string(' ', 8192));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Imports are limited to 4 KB", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.Equal((0, 0), limited.Services.WithDb(db => (db.Invitations.Count(), db.ImportJobs.Count())));
    }

    [Theory]
    [InlineData("/import")]
    [InlineData("/Import/")]
    [InlineData("/import/index")]
    public async Task Import_FileOverTheGeneralOneMegabyteLimit_IsAccepted(string path)
    {
        await using var app = new InviteScreenAppFactory();
        using var client = app.CreateBrowserLikeClient();
        var rows = new StringBuilder(CurrentHeader);
        for (var i = 0; rows.Length < 1_500_000; i++)
        {
            rows.Append($"Me,Person {i},\"1/29/26, 2:37 PM\",\"{new string('x', 200)}\",OUTGOING,,\n");
        }

        var job = await ImportClient.ImportAsync(client, rows.ToString(), path);

        Assert.Equal(ImportStatus.Completed, job.Status);
        Assert.Equal(job.TotalRows, job.OutgoingSkipped);
    }

    [Fact]
    public async Task Import_OneTemplateFromManySenders_GetsMassTemplateFinding()
    {
        await using var app = new InviteScreenAppFactory();
        using var client = app.CreateBrowserLikeClient();
        var rows = new StringBuilder(CurrentHeader);
        for (var i = 0; i < 12; i++)
        {
            rows.Append($"Sender{i} Person,Me,\"1/{i + 1}/26, 2:37 PM\",\"Hi, I came across your profile and I'm always looking to connect with like-minded professionals in data engineering. Let's grow our networks together!\",INCOMING,,\n");
        }

        var job = await ImportClient.ImportAsync(client, rows.ToString());

        Assert.Equal(12, job.Imported);
        var findings = app.WithDb(db => db.Invitations.Include(i => i.Findings).OrderBy(i => i.Id).ToList());
        Assert.All(findings, i => Assert.Contains(i.Findings, f => f.RuleId == "MASS_TEMPLATE"));
        Assert.Single(findings.Select(i => i.TemplateGroupId).Distinct());
    }
}
