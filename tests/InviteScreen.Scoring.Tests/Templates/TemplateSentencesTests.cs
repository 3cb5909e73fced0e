using InviteScreen.Scoring.Templates;

namespace InviteScreen.Scoring.Tests.Templates;

/// <summary>Two notes are one template when most of their sentences match, each allowing for spun phrases and merge fields.</summary>
public sealed class TemplateSentencesTests
{
    private const string Opener = "I came across your profile and was impressed by your work in data engineering.";
    private const string Pitch = "We help fast-growing companies streamline their hiring process with our platform.";
    private const string Ask = "Would you be open to a quick call next week to see if we could help?";
    private const string Community = "I'm building a community of engineering leaders who share lessons every month.";
    private const string Audit = "Happy to share a free audit of your current setup, no strings attached.";

    [Theory]
    [InlineData("Hi Anna, " + Opener + " " + Pitch + " " + Ask,
        "Hello Ben, I found your profile and was impressed by your work in cloud security. We help ambitious companies streamline their hiring process with our AI platform. Are you up for a quick call this week to see if we could help?")]
    [InlineData(Opener + " " + Pitch + " " + Ask + " " + Audit, Opener + " " + Pitch + " " + Ask + " " + Community)]
    [InlineData(Opener + " " + Pitch + " " + Ask, Opener + " " + Pitch + " " + Ask + " Thanks!")]
    public void IsSameTemplate_SpunCopiesAndNotesSharingMostSentences_AreOneTemplate(string a, string b) =>
        Assert.True(TemplateSentences.From(a).IsSameTemplate(TemplateSentences.From(b)), $"{TemplateSentences.From(a).Similarity(TemplateSentences.From(b)):F2}");

    [Theory]
    [InlineData(Opener + " " + Pitch + " " + Ask, Pitch + " " + Ask + " " + Community)]
    [InlineData(Opener + " " + Pitch + " " + Ask, Opener + " " + Community + " " + Audit)]
    [InlineData(Opener + " " + Pitch, Opener + " " + Audit)]
    public void IsSameTemplate_NotesSharingOnlySomeSentences_AreNot(string a, string b) =>
        Assert.False(TemplateSentences.From(a).IsSameTemplate(TemplateSentences.From(b)), $"{TemplateSentences.From(a).Similarity(TemplateSentences.From(b)):F2}");

    [Theory]
    [InlineData("We moved our ASP.NET service to acme.com in 2.5 weeks and it was fine.", 1)]
    [InlineData(Opener + " Thanks! " + Pitch, 2)]
    [InlineData(Opener + " " + Pitch + " " + Ask, 3)]
    public void From_CountsSentencesNotStopsInsideWordsOrOneWordSignOffs(string note, int sentences) =>
        Assert.Equal(sentences, TemplateSentences.From(note).Count);

    [Fact]
    public void Keys_SpunCopiesOfASentence_ShareAKey()
    {
        var rep = TemplateFingerprint.Compute("Hi Anna, " + Opener + " " + Pitch + " " + Ask)!;
        var copy = TemplateFingerprint.Compute("Hey Ben, I found your profile and was impressed by your work in fintech. " + Pitch + " " + Ask)!;

        Assert.NotEmpty(rep.BandKeys.Skip(TemplateFingerprint.Bands).Intersect(copy.BandKeys.Skip(TemplateFingerprint.Bands)));
    }
}
