namespace InviteScreen.Scoring.Tests.Catalogue;

/// <summary>
/// The kinds of mass outreach real inboxes carry, and the short real notes about a shared moment, in notes written
/// for these tests: the first are flagged, the second are not, in English and in the other languages covered.
/// </summary>
public sealed class OutreachKindsTests
{
    [Theory]
    [InlineData("job seeker", "Hello sir, I am a fresher looking for a job as a Java developer. Are there any openings in your company? Kindly refer me.")]
    [InlineData("job seeker", "Hi! I'm actively looking for opportunities in data analytics in Berlin. Could you refer me for a suitable role? I have attached my resume.")]
    [InlineData("job seeker, Spanish", "Hola, estoy buscando empleo como diseñadora UX. ¿Hay vacantes en su empresa? Gracias.")]
    [InlineData("job seeker, Portuguese", "Olá! Estou procurando emprego na área de RH e gostaria de saber se há vagas na sua empresa.")]
    [InlineData("staffing blast", "Hi, we have an urgent requirement for a Senior .NET Developer, C2C, 10+ years of experience, onsite in Dallas TX. Please share your updated resume.")]
    [InlineData("staffing blast, German", "Hallo, wir suchen für unseren Kunden einen SAP Berater (m/w/d) in München, 100% remote möglich. Interesse an einem kurzen Austausch?")]
    [InlineData("vendor", "Hi Tom, I'd like to introduce our company, Brightlane. We provide cloud cost dashboards to SaaS teams; our clients include Acme and Globex. Open to a quick demo?")]
    [InlineData("vendor, Italian", "Buongiorno, la nostra azienda offre soluzioni di cybersecurity per PMI. Offriamo una consulenza gratuita: le interessa?")]
    [InlineData("thanks then pitch", "Thanks for connecting, Mia! We help B2B founders book 20 qualified meetings a month. Worth a quick call this week?")]
    [InlineData("promotion", "Join our free masterclass on personal branding this Saturday! Limited seats, register here and grab the early bird discount.")]
    [InlineData("promotion, community", "Hey! I run a community of 5,000 product managers. Join our group and subscribe to the newsletter for weekly templates.")]
    [InlineData("cause", "Hi neighbour, I'm running for city council in District 4. Please support my campaign and vote for me on November 5th!")]
    [InlineData("cause, Swedish", "Hej! Jag söker engagerade volontärer till vår kampanj. Rösta på oss i valet och sprid ordet!")]
    public void Score_MassOutreach_IsFlagged(string kind, string message)
    {
        var result = Scorers.Score(message);

        Assert.True(result.Flagged, $"{kind} scored {result.Score}: {string.Join(", ", result.Findings.Select(f => $"{f.RuleId}({f.Points})"))}");
    }

    [Theory]
    [InlineData("Great meeting you today!")]
    [InlineData("Looking forward to our visit next week.")]
    [InlineData("Following up on our e-mail exchange, here I am.")]
    [InlineData("Thanks for your time on our call this morning.")]
    [InlineData("Quick question about your dashboard: where does the churn number come from?")]
    [InlineData("Fue un placer conocerte hoy en la oficina.")]
    public void Score_ShortNoteAboutASharedMoment_IsNotFlagged(string message)
    {
        var result = Scorers.Score(message);

        Assert.False(result.Flagged, $"scored {result.Score}: {string.Join(", ", result.Findings.Select(f => $"{f.RuleId}({f.Points})"))}");
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "NO_REASON");
    }

    [Fact]
    public void Score_SharedMomentInsideAPitch_StaysWeak()
    {
        var result = Scorers.Score("Great meeting you today! We help agencies cut payroll costs by 30%. Open to a quick call to see our platform?");

        Assert.True(result.Flagged, $"scored {result.Score}");
    }
}
