using InviteScreen.Scoring.Learning;

namespace InviteScreen.Scoring.Tests.Learning;

/// <summary>The text model: hashed n-grams, a deterministic fit, and a finding that quotes what counted.</summary>
public sealed class TextModelTests
{
    private static readonly TrainingNote[] Notes =
    [
        new("Unlock exclusive growth hacks in our weekly founders circle, seats are limited", Generic: true),
        new("Our weekly founders circle shares exclusive growth hacks; grab a seat today", Generic: true),
        new("Exclusive growth hacks every week in the founders circle, limited seats left", Generic: true),
        new("Thanks for the pgbench numbers you posted after Tuesday's talk, they matched ours", Generic: false),
        new("Your Tuesday talk on pgbench had the numbers we saw too, thanks for posting them", Generic: false),
        new("Following up on the pgbench numbers from your talk on Tuesday: ours matched", Generic: false),
    ];

    [Fact]
    public void Train_OnSeparableNotes_ReadsUnseenVariantsTheRightWay()
    {
        var model = TextModelTrainer.Train(Notes);

        Assert.True(model.Logit("Limited seats in the founders circle: exclusive growth hacks weekly") > 0);
        Assert.True(model.Logit("Saw your pgbench numbers from the Tuesday talk, ours matched them") < 0);
    }

    [Fact]
    public void Train_SameNotes_GivesTheSameWeights()
    {
        var first = TextModelTrainer.Train(Notes);
        var second = TextModelTrainer.Train(Notes);

        Assert.Equal(first.Bias, second.Bias);
        Assert.Equal(first.Weights, second.Weights);
    }

    [Fact]
    public void Logit_IgnoresCaseAccentsAndWhichDigits()
    {
        var model = TextModelTrainer.Train(Notes);

        Assert.Equal(model.Logit("Café meeting at 10:30 about the Founders Circle"), model.Logit("cafe MEETING at 11:45 about the founders circle"), 6);
    }

    [Fact]
    public void Score_TextFinding_QuotesWordsNoOtherFindingExplains()
    {
        var result = Scorers.Score("Greetings! I came across your profile and would love to share ideas on how we might collaborate in the near future.");

        var reading = Assert.Single(result.Findings, f => f.Category is "textModel" or "textPersonal");
        var message = "Greetings! I came across your profile and would love to share ideas on how we might collaborate in the near future.";
        Assert.True(reading.Length > 0);
        Assert.Equal(reading.Text, message.Substring(reading.Start, reading.Length));
        Assert.EndsWith($": '{reading.Text}'", reading.Explanation, StringComparison.Ordinal);
        Assert.All(result.Findings.Where(f => f != reading && f.HasSpan && f.Field == InvitationField.Message),
            other => Assert.True(other.Start + other.Length <= reading.Start || reading.Start + reading.Length <= other.Start, $"{other.RuleId} overlaps the quote"));
    }
}
