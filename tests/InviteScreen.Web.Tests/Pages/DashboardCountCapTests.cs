using InviteScreen.Web.Invitations;
using Microsoft.Data.Sqlite;

namespace InviteScreen.Web.Tests.Pages;

public sealed class DashboardCountCapTests(InviteScreenAppFactory app) : IClassFixture<InviteScreenAppFactory>
{
    [Fact]
    public async Task Get_WithFilterMatchingMoreThanTheCap_ShowsABoundedCountAndSaysTheSummaryIsASample()
    {
        await app.StoreAsync(Invitations.Personal("Seed Row"));
        InsertMany(MatchCount.Cap + 5, "capword");
        using var client = app.CreateBrowserLikeClient();

        var page = await Forms.ParseAsync(await client.GetAsync("/invitations?q=capword&verdict=Mixed", TestContext.Current.CancellationToken));

        Assert.Contains("10,000+", page.QuerySelector("[data-testid=summary]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".sample-note"));
        Assert.Equal(25, page.QuerySelectorAll("table.invitations tbody tr").Length);
        Assert.Contains("Page 1 of 400+", page.QuerySelector("nav.pager")!.TextContent, StringComparison.Ordinal);

        using var api = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/invitations?q=capword", TestContext.Current.CancellationToken));
        Assert.Equal(MatchCount.Cap, api.RootElement.GetProperty("totalCount").GetInt32());
        Assert.True(api.RootElement.GetProperty("totalCountIsLowerBound").GetBoolean());
    }

    /// <summary>Bulk rows straight into the file: the triggers must keep search and aggregates in step with any writer.</summary>
    private void InsertMany(int count, string word)
    {
        using var connection = new SqliteConnection($"Data Source={app.DatabasePath}");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO Invitations (SenderName, Headline, Message, SenderKey, Score, Verdict, Flagged, TopRules, Status, ScreenedAt, MassTemplateSenders, SameSenderRepeats)
            VALUES ($name, 'Bulk headline', $message, $name, 40, 'Mixed', 0, '', 'New', '2026-01-05 10:00:00', 0, 0)
            """;
        var name = command.Parameters.Add("$name", SqliteType.Text);
        command.Parameters.AddWithValue("$message", $"A note with {word} in it");
        for (var i = 0; i < count; i++)
        {
            name.Value = $"bulk-{i}";
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }
}
