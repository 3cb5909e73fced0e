using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace InviteScreen.Web.Screening;

/// <summary>
/// The words LinkedIn puts around a copied invitation, in every language of paste-words.json, compiled to
/// whole-line patterns. The data file says what the words are; this class only says how a template reads.
/// </summary>
internal sealed partial class PasteWords
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    // After JsonOptions: static initialisers run in the order they are written.
    public static PasteWords Shipped { get; } = Load();

    private PasteWords(Dictionary<string, LanguageWords> languages)
    {
        var all = languages.Values.ToList();
        ProfilePicture = Lines(all.SelectMany(l => l.ProfilePicture));
        WantsToConnect = Lines(all.SelectMany(l => l.WantsToConnect));
        // A note may say "Reply to me soon": here the name must read like one.
        AboutSender = Lines(all.SelectMany(l => l.AboutSender), NameLike);
        Footer = Lines(all.SelectMany(l => l.Footer));
        Mutual = [.. all.SelectMany(l => l.Mutual).Distinct().Select(t => new MutualLine(Line(t), t.Contains("{n}", StringComparison.Ordinal),
            (t.Contains("{x}", StringComparison.Ordinal) ? 1 : 0) + (t.Contains("{y}", StringComparison.Ordinal) ? 1 : 0)))];
        var buttons = Alternation(all.SelectMany(l => l.Buttons));
        Buttons = new Regex($@"^(?:(?:{buttons})(?:\s*[|·•]\s*|\s+|$))+$", Options);
        var seeMore = Alternation(all.SelectMany(l => l.SeeMore));
        SeeMoreLine = new Regex($@"^(?:(?:…|\.\.\.)\s*)?(?:{seeMore})?$", Options);
        SeeMoreSuffix = new Regex($@"\s*(?:…|\.\.\.)\s*(?:{seeMore})$", Options);
        LocationEnd = new Regex($@"\b(?:{Alternation(all.SelectMany(l => l.LocationEnds))})$", Options);
        Greeting = new Regex($@"^(?:{Alternation(all.SelectMany(l => l.Greetings))})\b", Options);
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>"Priya Raman's profile picture": the alt text of the sender's photo, with the name in group <c>name</c>.</summary>
    public Regex ProfilePicture { get; }

    /// <summary>"Priya Raman wants to connect": the e-mail's first line.</summary>
    public Regex WantsToConnect { get; }

    /// <summary>"Reply to Priya": a button that names the sender.</summary>
    public Regex AboutSender { get; }

    /// <summary>The first line of an e-mail's footer: it and everything after it go.</summary>
    public Regex Footer { get; }

    public IReadOnlyList<MutualLine> Mutual { get; }

    /// <summary>A line of buttons and times only ("Ignore Accept", "3 days ago").</summary>
    public Regex Buttons { get; }

    /// <summary>"see more", "…see more" or a bare ellipsis on a line of its own.</summary>
    public Regex SeeMoreLine { get; }

    /// <summary>"…see more" at the end of a cut-off note (the ellipsis is LinkedIn's, so it goes too).</summary>
    public Regex SeeMoreSuffix { get; }

    public Regex LocationEnd { get; }

    public Regex Greeting { get; }

    /// <summary>How many mutual connections a line names ("Ana Costa and 11 other mutual connections": 12), or null.</summary>
    public int? MutualCount(string line)
    {
        foreach (var mutual in Mutual)
        {
            if (mutual.Pattern.Match(line) is { Success: true } match)
            {
                var number = mutual.HasNumber && int.TryParse(NonDigit().Replace(match.Groups["n"].Value, ""), out var n) ? n : 0;
                return Math.Min(number + mutual.Names, 1_000_000);
            }
        }

        return null;
    }

    public sealed record MutualLine(Regex Pattern, bool HasNumber, int Names);

    private sealed class WordsFile
    {
        public Dictionary<string, LanguageWords> Languages { get; set; } = [];
    }

    private sealed class LanguageWords
    {
        public List<string> ProfilePicture { get; set; } = [];
        public List<string> WantsToConnect { get; set; } = [];
        public List<string> AboutSender { get; set; } = [];
        public List<string> Mutual { get; set; } = [];
        public List<string> SeeMore { get; set; } = [];
        public List<string> Buttons { get; set; } = [];
        public List<string> Footer { get; set; } = [];
        public List<string> LocationEnds { get; set; } = [];
        public List<string> Greetings { get; set; } = [];
    }

    private static PasteWords Load()
    {
        using var stream = typeof(PasteWords).Assembly.GetManifestResourceStream("InviteScreen.Web.paste-words.json")
            ?? throw new InvalidOperationException("The embedded paste-words.json is missing.");
        var file = JsonSerializer.Deserialize<WordsFile>(stream, JsonOptions) ?? throw new InvalidOperationException("paste-words.json is empty.");
        return new PasteWords(file.Languages);
    }

    private const string AnyName = "(?<name>.+?)";

    /// <summary>
    /// One to four words, each capitalised (or in a script without case) but for the particles of names; matched
    /// case-sensitively inside the case-insensitive line, or every word would pass for capitalised.
    /// </summary>
    private const string NameLike = @"(?<name>(?-i:[\p{Lu}\p{Lo}][\p{L}\p{M}'’.\-]*(?:\s+(?:[\p{Lu}\p{Lo}][\p{L}\p{M}'’.\-]*|de|da|do|dos|del|van|von|der|den|di|la|le|al|el|bin|ibn)){0,3}))";

    private static Regex Lines(IEnumerable<string> templates, string name = AnyName) =>
        new($"^(?:{Alternation(templates, name)})[.!:]?$", Options);

    private static Regex Line(string template) => new($"^(?:{Pattern(template)})[.!:]?$", Options);

    private static string Alternation(IEnumerable<string> templates, string name = AnyName)
    {
        var patterns = templates.Distinct().OrderByDescending(t => t.Length).Select(t => $"(?:{Pattern(t, name)})").ToList();
        return patterns.Count == 0 ? "(?!)" : string.Join('|', patterns);
    }

    /// <summary>A template as a pattern: literal text (any run of spaces, either apostrophe) around its placeholders.</summary>
    private static string Pattern(string template, string name = AnyName)
    {
        var pattern = new StringBuilder();
        foreach (var part in PlaceholderSplit().Split(template))
        {
            pattern.Append(part switch
            {
                "{name}" => name,
                "{x}" or "{y}" => ".+?",
                "{n}" => @"(?<n>\d[\d.,\u00a0\u202f]*)",
                "{any}" => ".*?",
                "{unit}" => @"\p{L}+\.?",
                "{year}" => @"\d{4}",
                _ => Regex.Escape(part).Replace(@"\ ", @"\s+", StringComparison.Ordinal).Replace("'", "['’]", StringComparison.Ordinal)
                    .Replace(@"\s+\|\s+", @"\s*\|\s*", StringComparison.Ordinal),
            });
        }

        return pattern.ToString();
    }

    [GeneratedRegex(@"(\{(?:name|x|y|n|any|unit|year)\})")]
    private static partial Regex PlaceholderSplit();

    [GeneratedRegex(@"\D")]
    private static partial Regex NonDigit();
}
