namespace InviteScreen.Benchmarks.Load;

/// <summary>Invitations as a busy inbox receives them: many senders, some carpet-bombing one template, some personal notes.</summary>
public static class LoadInvitations
{
    private static readonly string[] FirstNames = ["Dana", "Lena", "Omar", "Priya", "Jonas", "Mei", "Carlos", "Aisha", "Tomasz", "Sofia"];
    private static readonly string[] Headlines = ["Business Development Manager", "Staff Engineer", "Recruiter", "Founder & CEO", "Data Scientist"];
    private static readonly string[] Templates =
    [
        "Hi, I came across your profile and would love to connect to explore synergies and mutually beneficial opportunities",
        "I'd like to add you to my professional network on LinkedIn",
        "Hello! I am expanding my network with like-minded professionals in your industry. Let's connect!",
    ];

    public static object Next(Random random)
    {
        var name = $"{FirstNames[random.Next(FirstNames.Length)]} {random.Next(100_000)}";
        var message = random.Next(3) == 0
            ? $"Hi, thanks for your talk on SQLite WAL at meetup #{random.Next(500)} - the checkpoint demo fixed bug {random.Next(10_000)} for us"
            : Templates[random.Next(Templates.Length)];
        return new { senderName = name, headline = Headlines[random.Next(Headlines.Length)], message };
    }
}
