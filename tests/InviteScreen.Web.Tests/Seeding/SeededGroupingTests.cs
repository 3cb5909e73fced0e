using InviteScreen.Web.Seeding;

namespace InviteScreen.Web.Tests.Seeding;

/// <summary>Template groups on seeded data against the seeder's ground truth; the figures go in the README's performance table.</summary>
public sealed class SeededGroupingTests
{
    private const int Count = 2_000;
    private static readonly DateTime Until = new(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Seed_2000_GroupsArePureOneOrTwoPerCampaignAndHoldNoPersonalNote()
    {
        await using var app = new InviteScreenAppFactory();
        await SeedCommand.SeedAsync(app.Services, Count, 500, TextWriter.Null, Until);

        var quality = await app.WithDbAsync(db => GroupingQuality.MeasureAsync(db, new SeedInvitations().GenerateSeeded(Count, Until), TestContext.Current.CancellationToken));

        TestContext.Current.TestOutputHelper?.WriteLine($"Seeded {Count:N0}: {quality}");
        Assert.True(quality.Purity >= 0.98, quality.ToString());
        Assert.True(quality.GroupsPerCampaign <= 1.5, quality.ToString());
        Assert.Equal(0, quality.PersonalNotesGrouped);
        Assert.True(quality.CampaignNotesGrouped >= 0.8, quality.ToString());
    }

    [Fact]
    public void Of_MixedSplitAndPersonalGroups_CountsEachAgainstTheTruth()
    {
        (long?, int?)[] notes =
        [
            (1, 0), (1, 0), (1, 0), (1, 1), // a group of campaign 0 with one note of campaign 1
            (2, 1), (2, 1), // campaign 1's own group
            (3, 1), (3, -1), // campaign 1 split again, with a personal note
            (null, 2), (null, -1), (null, null),
        ];

        var quality = GroupingQuality.Of(notes);

        Assert.Equal(3, quality.Groups);
        Assert.Equal(8, quality.GroupedNotes);
        Assert.Equal(6 / 8.0, quality.Purity, 6);
        Assert.Equal((1 + 3) / 2.0, quality.GroupsPerCampaign, 6);
        Assert.Equal(7 / 8.0, quality.CampaignNotesGrouped, 6);
        Assert.Equal(1, quality.PersonalNotesGrouped);
    }
}
