namespace InviteScreen.Web.Seeding;

/// <summary>
/// The sentences generated campaigns are composed from, in campaign tools' spintax with merge fields
/// (see <see cref="Spintax"/>). Openers and closers are shared by many campaigns, as in real outreach.
/// </summary>
internal static class CampaignSentences
{
    public static readonly string[] Openers =
    [
        "{I came across|I found|I stumbled upon} your profile and {was impressed by|really liked} your background in [Field].",
        "Hope this message finds you {well|in good health}.",
        "I noticed we have {several|a few} mutual connections in the [Field] space.",
        "{I'm always looking|I am always keen} to connect with like-minded professionals in [Field].",
        "Congrats on your {recent|new} role at [Company], {well deserved|exciting times}!",
        "I {see|noticed} you lead the [Field] team at [Company].",
        "{Your experience|Your background} at [Company] caught my {eye|attention}.",
        "I'm reaching out to a {handful|small group} of [Field] leaders this {week|month}.",
    ];

    public static readonly string[] Bodies =
    [
        "We help [Segment] {cut cloud costs|reduce their cloud bill} by {30%|a third} without {slowing down|hurting} delivery.",
        "Our {AI-powered|automated} platform books {qualified meetings|sales calls} for [Segment] on autopilot.",
        "I just joined [Company] and would love to show you how we {automate invoicing|streamline billing} for finance teams.",
        "My client, a {fast-growing|well-funded} scale-up, is hiring senior people in [Field] and the package is very competitive.",
        "{Leveraging|Using} cutting edge technology, we deliver seamless end-to-end solutions for [Segment].",
        "We recently helped [Company] {generate|find} {hundreds of|more} qualified leads in under {a month|six weeks}.",
        "I'd love to {pick your brain|hear your thoughts} about [Field] over a virtual coffee.",
        "{Happy to|Glad to} share a free audit of your [Field] setup, no strings attached.",
        "Our outbound engine gives [Segment] a full pipeline {within weeks|in weeks, not months}.",
        "We're building a community of [Field] leaders who share {lessons learned|best practices} every month.",
        "{Most of our clients|Our customers} see a {2x|3x} return on their ad spend within one quarter.",
        "I run a boutique agency that {builds|designs} landing pages that actually convert.",
        "We place {pre-vetted|senior} remote engineers in your team in {two weeks|ten days}.",
        "Our compliance tool {keeps|gets} [Segment] audit ready {all year round|every single day}.",
        "I've put together a short {guide|playbook} on scaling [Field] teams that {you might like|could help you}.",
        "We host a monthly roundtable for [Field] executives and {your perspective would be valuable|I'd love to have you there}.",
        "Our recruiters {specialise|focus} in [Field] hires and fill roles {twice as fast|in half the time}.",
        "I help founders {raise|close} their seed round with a data room investors {love|trust}.",
        "We {design|build} custom dashboards so leadership can see [Field] metrics in one place.",
        "Our cyber security assessment {finds|uncovers} gaps before attackers do.",
        "{Imagine|Picture} cutting your onboarding time in half with {one simple|a single} tool.",
        "We {partner with|work with} [Segment] to turn their data into {actionable insights|real decisions}.",
        "Our coaching programme helps engineering managers {grow into|step into} director roles.",
        "We've just launched a {new|brand new} integration that saves [Segment] {hours|days} every week.",
        "I'm {exploring|looking for} partnerships with companies in the [Field] space.",
        "We offer {white label|white-label} SEO services that agencies resell at a healthy margin.",
        "Our payroll platform {handles|covers} contractors in over {50|sixty} countries.",
        "I'd like to invite you to our {exclusive|invite-only} webinar on the future of [Field].",
        "We help [Segment] {hire|find} top sales talent without agency fees.",
        "Our event app {boosts|doubles} attendee engagement at conferences and trade shows.",
    ];

    public static readonly string[] Closers =
    [
        "{Would you be open to|Are you up for} a quick {15 min|short} call next week?",
        "{Let's|We should} connect and explore mutually beneficial opportunities.",
        "Feel free to grab a slot on my calendar {whenever suits you|any time}.",
        "Looking forward to {connecting|being connected} and learning from each other.",
        "{Would love to|I'd love to} add you to my professional network.",
        "{Open to|Up for} a chat to see if there is a fit?",
        "Let me know if {it makes sense|this sounds interesting} to talk.",
        "{Cheers|Thanks} and have a {great|lovely} week.",
    ];

    public static readonly string[] Fields = ["data engineering", "cloud security", "product design", "fintech", "supply chain", "DevOps", "healthcare IT", "sales enablement"];
    public static readonly string[] Segments = ["SaaS founders", "e-commerce brands", "B2B teams", "fast-growing startups", "agencies", "CTOs"];
}
