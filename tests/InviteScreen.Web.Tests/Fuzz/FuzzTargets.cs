using System.Text;

namespace InviteScreen.Web.Tests.Fuzz;

/// <summary>
/// One way of building a hostile request for one endpoint or form. <paramref name="SettleAsync"/> waits for
/// work an accepted request started in the background (an import), so the next rejection is judged alone.
/// </summary>
internal sealed record FuzzTarget(string Name, bool IsForm, Func<FuzzValues, FuzzSession, HttpRequestMessage> Build, Func<InviteScreenAppFactory, Task>? SettleAsync = null)
{
    public override string ToString() => Name;
}

/// <summary>What a target may reuse: the antiforgery token of the session and ids that exist.</summary>
internal sealed record FuzzSession(string AntiforgeryToken, IReadOnlyList<long> Ids);

/// <summary>Every form and API endpoint, the CSV import's upload included; a new endpoint gets a line here.</summary>
internal static class FuzzTargets
{
    private static readonly string[] InvitationFields = ["senderName", "headline", "profileUrl", "message"];
    private static readonly string[] FieldsWithoutUrl = ["senderName", "headline", "message"];
    private static readonly string[] ListKeys = ["flagged", "verdict", "status", "q", "page", "pageSize"];
    private static readonly string[] DashboardKeys =
        ["verdict", "flagged", "status", "minScore", "maxScore", "from", "to", "q", "inTemplate", "template", "sort", "page", "pageSize"];
    private static readonly string[] TriageActions = ["Accept", "Ignore", "Report", "Reset", "Delete", "accept", "Bogus", "9", "-1", ""];

    public static readonly FuzzTarget[] All =
    [
        Api("POST /api/score", "/api/score"),
        Api("POST /api/invitations", "/api/invitations"),
        new("GET /api/invitations", false, (f, _) => Get("/api/invitations" + f.Query(ListKeys))),
        new("GET /api/invitations/{id}", false, (f, s) => Get("/api/invitations/" + Segment(f, s))),
        new("GET /invitations/flagged-senders.csv", false, (f, _) => Get("/invitations/flagged-senders.csv" + f.Query(DashboardKeys))),
        new("GET /invitations", false, (f, _) => Get("/invitations" + f.Query(DashboardKeys))),
        new("GET /invitations/{id}", false, (f, s) => Get("/invitations/" + Segment(f, s))),
        new("POST / (screen)", true, (f, s) => Form("/", f, s,
            [("Input.SenderName", f.ShortText()), ("Input.Headline", f.ShortText()), ("Input.ProfileUrl", f.Chance(0.7) ? "" : f.ShortText()), ("Input.Message", f.Chance(0.7) ? f.ShortText() : f.Text())])),
        new("POST / (split raw paste)", true, (f, s) => Form("/?handler=Split", f, s, [("Raw", f.Text())])),
        new("POST /invitations (bulk triage)", true, (f, s) => Form("/invitations?handler=Triage", f, s,
            [("action", f.Pick(TriageActions)), ("ids", Id(f, s)), ("ids", Id(f, s)), ("returnQuery", f.Chance(0.5) ? f.Query(DashboardKeys) : f.Text())])),
        new("POST /invitations (row triage)", true, (f, s) => Form($"/invitations?handler=Row&id={Uri.EscapeDataString(Id(f, s))}", f, s,
            [("action", f.Pick(TriageActions)), ("returnQuery", f.Text())])),
        new("POST /invitations/{id} (triage)", true, (f, s) => Form($"/invitations/{Segment(f, s)}?handler=Triage", f, s,
            [("action", f.Pick(TriageActions))])),
        new("POST /import (CSV upload)", true, Upload, ImportsSettledAsync),
        new("GET /api/imports/{id}", false, (f, s) => Get("/api/imports/" + Segment(f, s))),
        new("GET /import/{id}", false, (f, s) => Get("/import/" + Segment(f, s))),
    ];

    public static readonly FuzzTarget Login = new("POST /login", true, (f, s) => Form("/login", f, s, [("Password", f.Text()), ("ReturnUrl", f.Text())]));

    private static FuzzTarget Api(string name, string path) => new(name, false, (f, _) =>
    {
        var content = new ByteArrayContent(f.JsonBody(f.Chance(0.5) ? InvitationFields : FieldsWithoutUrl));
        content.Headers.TryAddWithoutValidation("Content-Type", f.Pick(["application/json", "application/json", "application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded", "application/json; charset=latin1"]));
        return new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
    });

    private static HttpRequestMessage Upload(FuzzValues f, FuzzSession s)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(f.CsvUpload());
        file.Headers.TryAddWithoutValidation("Content-Type", f.Pick(["text/csv", "application/octet-stream", "text/plain; charset=utf-8"]));
        form.Add(file, f.Chance(0.9) ? "Upload" : "Other", f.Chance(0.5) ? "Invitations.csv" : Encode(f.ShortText()) + ".csv");
        if (!f.Chance(0.1))
        {
            form.Add(new StringContent(s.AntiforgeryToken), "__RequestVerificationToken");
        }

        return new HttpRequestMessage(HttpMethod.Post, "/import") { Content = form };
    }

    private static async Task ImportsSettledAsync(InviteScreenAppFactory app)
    {
        for (var i = 0; i < 300 && app.WithDb(db => db.ImportJobs.Any(j => j.Status == Web.Imports.ImportStatus.Queued || j.Status == Web.Imports.ImportStatus.Running)); i++)
        {
            await Task.Delay(100);
        }
    }

    private static HttpRequestMessage Get(string pathAndQuery) => new(HttpMethod.Get, pathAndQuery);

    private static string Id(FuzzValues f, FuzzSession s) =>
        f.Chance(0.6) && s.Ids.Count > 0 ? s.Ids[f.Next(s.Ids.Count)].ToString(System.Globalization.CultureInfo.InvariantCulture) : f.Text();

    private static string Segment(FuzzValues f, FuzzSession s) => f.Next(4) switch
    {
        0 => "99999999999999999999999",
        1 => "-1",
        2 => Uri.EscapeDataString(f.Text().Replace("\0", "", StringComparison.Ordinal) is { Length: > 0 and < 2_000 } t ? t : "x"),
        _ => Id(f, s) is var id && long.TryParse(id, out _) ? id : "0",
    };

    /// <summary>Form bodies encoded by hand: UTF-8 percent-encoding, sometimes with invalid escapes or no antiforgery token.</summary>
    private static HttpRequestMessage Form(string url, FuzzValues f, FuzzSession s, (string Name, string Value)[] fields)
    {
        var pairs = fields.Select(p => Encode(p.Name) + "=" + (f.Chance(0.1) ? "%FF%FE%zz" : Encode(p.Value))).ToList();
        if (!f.Chance(0.1))
        {
            pairs.Add("__RequestVerificationToken=" + Encode(f.Chance(0.05) ? f.Text() : s.AntiforgeryToken));
        }

        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(string.Join("&", pairs)));
        content.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded");
        return new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
    }

    private static string Encode(string text)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            builder.Append(b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') ? ((char)b).ToString() : $"%{b:X2}");
        }

        return builder.ToString();
    }
}
