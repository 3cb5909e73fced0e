namespace InviteScreen.Web.Seeding;

/// <summary>
/// Campaign templates for the seeder: an opener, one to three body sentences and a closer, with the target
/// segment fixed per campaign. Openers and closers recur across campaigns, but any two campaigns differ in at
/// least half their sentences: two that differed less would be one template edited, not two.
/// </summary>
internal static class SeedCampaigns
{
    public static IReadOnlyList<string> Compose(Random random, int count)
    {
        var composed = new List<string[]>();
        while (composed.Count < count)
        {
            var bodies = CampaignSentences.Bodies.OrderBy(_ => random.Next()).Take(random.Next(1, 4));
            string[] sentences = [Pick(random, CampaignSentences.Openers), .. bodies, Pick(random, CampaignSentences.Closers)];
            if (composed.All(other => other.Intersect(sentences).Count() * 2 <= Math.Max(other.Length, sentences.Length)))
            {
                composed.Add(sentences);
            }
        }

        return [.. composed.Select(sentences => "{Hi|Hello|Hey|Dear} [FirstName], " + string.Join(' ', sentences).Replace("[Segment]", Pick(random, CampaignSentences.Segments), StringComparison.Ordinal))];
    }

    private static string Pick(Random random, string[] options) => options[random.Next(options.Length)];
}
