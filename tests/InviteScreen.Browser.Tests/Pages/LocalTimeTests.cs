using System.Globalization;
using InviteScreen.Browser.Tests.Infrastructure;

namespace InviteScreen.Browser.Tests.Pages;

[Collection(BrowserCollection.Name)]
public sealed class LocalTimeTests(BrowserApp app)
{
    [Fact]
    public async Task Details_InTokyo_ShowsTheScreenedTimeInTokyoTimeWithUtcAsTheTooltip()
    {
        var invitation = await app.SeedAsync(new InvitationBuilder().From("Tokyo Reader").Build());
        await using var session = await app.OpenAsync(timeZone: "Asia/Tokyo");
        await session.VisitAsync($"/invitations/{invitation.Id}");

        var time = session.Page.Locator($"time[datetime='{invitation.ScreenedAt:yyyy-MM-ddTHH:mm:ss}Z']").First;

        var tokyo = invitation.ScreenedAt.AddHours(9).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        await Expect(time).ToHaveTextAsync($"{tokyo} GMT+9");
        await Expect(time).ToHaveAttributeAsync("title", invitation.ScreenedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC");
    }

    [Fact]
    public async Task Dashboard_ChartAxisLabels_AreAtLeastTwelvePixels()
    {
        await app.SeedAsync(new InvitationBuilder().From("Chart Reader").Build());
        await using var session = await app.OpenAsync();
        await session.VisitAsync("/invitations");

        var sizes = await session.Page.Locator(".chart-plot .axis-x span, .chart-plot .axis-y span")
            .EvaluateAllAsync<double[]>("spans => spans.map(s => s.getBoundingClientRect().height > 0 ? parseFloat(getComputedStyle(s).fontSize) : 0)");

        Assert.Equal(4, sizes.Length);
        Assert.All(sizes, size => Assert.True(size >= 12, $"An axis label is {size} px."));
    }
}
