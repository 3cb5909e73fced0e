using InviteScreen.Web.Seeding;

namespace InviteScreen.Web.Tests.Seeding;

public sealed class SpintaxTests
{
    private static readonly Dictionary<string, string> Fields = new() { ["FirstName"] = "Anna", ["Company"] = "Acme" };

    [Theory]
    [InlineData("{Hi|Hello} [FirstName], welcome to [Company].", new[] { "Hi Anna, welcome to Acme.", "Hello Anna, welcome to Acme." })]
    [InlineData("Thanks{!| a lot!|}", new[] { "Thanks!", "Thanks a lot!", "Thanks" })]
    [InlineData("{a {b|c}|d}", new[] { "a b", "a c", "d" })]
    [InlineData("[Unknown] stays", new[] { "[Unknown] stays" })]
    public void Spin_EveryOptionAndMergeField_ComesOutAndNothingElse(string template, string[] expected)
    {
        var spun = Enumerable.Range(0, 200).Select(seed => Spintax.Spin(template, new Random(seed), Fields)).ToHashSet();

        Assert.Equal(expected.Order(), spun.Order());
    }
}
