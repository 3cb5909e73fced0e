namespace InviteScreen.Scoring.Specificity;

/// <summary>What the structural checks know about a word; a word may belong to several classes.</summary>
[Flags]
internal enum WordClass
{
    None = 0,
    WorkNoun = 1 << 0,
    VagueWorkNoun = 1 << 1,
    WorkAdjective = 1 << 2,
    Specifier = 1 << 3,
    VagueAfter = 1 << 4,
    IntroVerb = 1 << 5,
    IntroPreposition = 1 << 6,
    RelationNoun = 1 << 7,
    TimeWord = 1 << 8,
    Greeting = 1 << 9,
    NotName = 1 << 10,
    SignOff = 1 << 11,
    TimeQualifier = 1 << 12,
    QualifiedTimeWord = 1 << 13,
    PartOfToday = 1 << 14,
    SalesUnit = 1 << 15,
    YouVerb = 1 << 16,
    Connective = 1 << 17,

    /// <summary>The first word of a self-introduction opener ("I'm", "my name", "we are").</summary>
    SelfIntroStart = 1 << 18,

    /// <summary>The first word of a profile echo ("you're a", "your role as", "studied at").</summary>
    ProfileEchoStart = 1 << 19,

    /// <summary>"your": what follows may be the recipient's work.</summary>
    RecipientPossessive = 1 << 20,

    /// <summary>"the", "that": what follows may be the recipient's work when "you" made it ("the talk you gave").</summary>
    Demonstrative = 1 << 21,

    /// <summary>"you": before a verb of <see cref="YouVerb"/>, what follows is something the recipient did.</summary>
    Addressee = 1 << 22,

    /// <summary>"good", "buenos", "guten": a greeting when a greeting word follows ("good morning", "guten Tag").</summary>
    GreetingLead = 1 << 23,
}
