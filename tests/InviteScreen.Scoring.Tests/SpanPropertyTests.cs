using System.Globalization;
using System.Text;

namespace InviteScreen.Scoring.Tests;

/// <summary>Whatever arrives, the scorer answers, and every span it reports can be cut out of the field it names.</summary>
public sealed class SpanPropertyTests
{
    private const int InvitationsPerSeed = 100;

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 20)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Score_RandomInvitations_ReportsExactNonOverlappingSpans(int seed)
    {
        var generator = new RandomInvitationGenerator(seed);

        for (var i = 0; i < InvitationsPerSeed; i++)
        {
            AssertWellFormed(generator.Next(), $"seed {seed}, invitation {i}");
        }
    }

    [Fact]
    public void Score_OneMegabyteMessage_ReportsExactSpans()
    {
        var generator = new RandomInvitationGenerator(seed: 99);
        var message = new StringBuilder();
        while (message.Length < 1_000_000)
        {
            message.Append(generator.Next().Message).Append(' ');
        }

        AssertWellFormed(new InvitationText("Ana | Sales 🚀", "Helping founders grow", message.ToString()), "1 MB message");
    }

    [Theory]
    [InlineData("synergy ", 100_000)]
    [InlineData("a", 50_000)]
    [InlineData("Synergy", 50_000)]
    [InlineData("\u200B", 50_000)]
    [InlineData("🚀", 50_000)]
    public void Score_HugeRepetitiveMessage_ReportsExactSpans(string unit, int repetitions) =>
        AssertWellFormed(new InvitationText(null, unit, string.Concat(Enumerable.Repeat(unit, repetitions))), $"'{unit}' × {repetitions}");

    private static void AssertWellFormed(InvitationText invitation, string label)
    {
        ScoreResult result;
        try
        {
            result = Scorers.Default.Score(invitation);
        }
        catch (Exception e)
        {
            throw new Xunit.Sdk.XunitException($"{label} threw {e.GetType().Name}: {e.Message}\n{Describe(invitation)}", e);
        }

        var where = $"{label}\n{Describe(invitation)}";
        Assert.True(result.Score is >= 0 and <= 100, $"score {result.Score}: {where}");
        Assert.Equal(Scorers.Default.Options.ToScore(result.Evidence), result.Score);
        Assert.Equal(result.Score >= result.Threshold, result.Flagged);

        foreach (var group in result.Findings.GroupBy(f => f.Field))
        {
            var field = invitation.Get(group.Key);
            var previousEnd = 0;
            foreach (var finding in group.Where(f => f.HasSpan).OrderBy(f => f.Start))
            {
                // Messages are built only on failure: the huge inputs carry 100,000 findings.
                if (finding.Start < 0 || finding.Start + finding.Length > field.Length)
                {
                    Assert.Fail($"{finding} lies outside the {field.Length} chars of its field: {where}");
                }

                if (field.Substring(finding.Start, finding.Length) != finding.Text)
                {
                    Assert.Fail($"{finding} does not match its span: {where}");
                }

                if (finding.Start < previousEnd)
                {
                    Assert.Fail($"{finding} overlaps the finding before it: {where}");
                }

                previousEnd = finding.Start + finding.Length;
            }

            Assert.All(group.Where(f => !f.HasSpan), f => Assert.Equal("", f.Text));
        }
    }

    /// <summary>The input as a C# literal, so a failure can be pasted into a regression test.</summary>
    private static string Describe(InvitationText invitation) =>
        $"sender {Escape(invitation.SenderName)}, headline {Escape(invitation.Headline)}, message {Escape(invitation.Message)}";

    private static string Escape(string? text)
    {
        if (text is null)
        {
            return "null";
        }

        var literal = new StringBuilder("\"");
        foreach (var c in text.Length > 2_000 ? text[..2_000] : text)
        {
            literal.Append(c is >= ' ' and < '\u007F' and not '"' and not '\\' ? c.ToString() : string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"));
        }

        return literal.Append('"').ToString();
    }
}
