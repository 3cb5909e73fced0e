using System.Globalization;
using System.Text;
using InviteScreen.Web.Seeding;

namespace InviteScreen.Benchmarks.Imports;

/// <summary>
/// A LinkedIn-style Invitations.csv (current header) of generated invitations: about one in ten outgoing, one in
/// fifty a repeat of an earlier row, messages with commas, quotes and line breaks.
/// </summary>
public static class InvitationsCsvFile
{
    /// <summary>Writes the file and returns how many distinct incoming invitations it holds.</summary>
    public static int Write(string path, int rows, int seed = 7)
    {
        var random = new Random(seed);
        var written = new List<string>(rows);
        var incoming = new HashSet<string>(StringComparer.Ordinal);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write("From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n");
        foreach (var invitation in new SeedInvitations(seed).Generate(rows, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)))
        {
            string line;
            if (written.Count > 0 && random.Next(50) == 0)
            {
                line = written[random.Next(written.Count)];
            }
            else
            {
                var input = invitation.Input;
                var message = random.Next(20) == 0 ? input.Message + "\n\nSent from my phone, \"quickly\"" : input.Message;
                var outgoing = random.Next(10) == 0;
                var sentAt = invitation.SentAt!.Value.ToString("M/d/yy, h:mm tt", CultureInfo.InvariantCulture);
                line = outgoing
                    ? $"Me Myself,{Quote(input.SenderName)},{Quote(sentAt)},{Quote(message)},OUTGOING,https://www.linkedin.com/in/me,{Quote(input.ProfileUrl)}"
                    : $"{Quote(input.SenderName)},Me Myself,{Quote(sentAt)},{Quote(message)},INCOMING,{Quote(input.ProfileUrl)},https://www.linkedin.com/in/me";
            }

            if (line.Contains(",INCOMING,", StringComparison.Ordinal))
            {
                incoming.Add(line);
            }

            written.Add(line);
            writer.Write(line);
            writer.Write('\n');
        }

        return incoming.Count;
    }

    private static string Quote(string? value) => $"\"{(value ?? "").Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
