using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using InviteScreen.Web.Screening;

namespace InviteScreen.Browser.Tests.Infrastructure;

/// <summary>
/// One app and one headless Chromium shared by every browser test; each test gets its own browser context.
/// Nothing starts when Chromium is missing: each test then skips (or fails on CI) when it asks for a page.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "invitescreen-browser-" + Guid.NewGuid().ToString("N"));
    private readonly (string Key, string Value)[] settings = [];
    private KestrelApp? app;
    private HttpClient? api;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public BrowserApp()
    {
    }

    private BrowserApp((string Key, string Value)[] settings) => this.settings = settings;

    /// <summary>A second app of its own with extra configuration (e.g. the sign-in mode); the caller starts and disposes it.</summary>
    public static BrowserApp WithSettings(params (string Key, string Value)[] settings) => new(settings);

    public Uri Address => app?.Address ?? throw new InvalidOperationException("The app is not running.");

    public async ValueTask InitializeAsync()
    {
        if (!Chromium.IsInstalled)
        {
            return;
        }

        Directory.CreateDirectory(dataDirectory);
        app = new KestrelApp(dataDirectory, settings);
        app.StartServer();
        api = new HttpClient { BaseAddress = app.Address };
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Args,
        });
    }

    /// <summary>
    /// A fresh context (cookies, downloads) and page aimed at the app; nothing outside it is reachable.
    /// <paramref name="bypassCsp"/> lets a test inject its own script (axe); the app's CSP forbids inline script.
    /// <paramref name="timeZone"/> (an IANA id) is the browser's zone; the machine's when null.
    /// </summary>
    public async Task<BrowserSession> OpenAsync(int width = 1280, int height = 900, bool bypassCsp = false, string? timeZone = null)
    {
        Chromium.SkipOrFailWhenMissing();
        var baseUrl = Address.ToString();
        var context = await browser!.NewContextAsync(new()
        {
            BaseURL = baseUrl,
            ViewportSize = new() { Width = width, Height = height },
            AcceptDownloads = true,
            Locale = "en-US",
            BypassCSP = bypassCsp,
            TimezoneId = timeZone,
        });
        context.SetDefaultTimeout(10_000);
        await context.RouteAsync(url => !url.StartsWith(baseUrl, StringComparison.Ordinal), route => route.AbortAsync());
        return await BrowserSession.StartAsync(context);
    }

    /// <summary>Stores an invitation through POST /api/invitations, as an API client would.</summary>
    public async Task<InvitationResponse> SeedAsync(InvitationInput input)
    {
        Chromium.SkipOrFailWhenMissing();
        using var response = await api!.PostAsJsonAsync("/api/invitations", input, Json);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<InvitationResponse>(Json))!;
    }

    /// <summary>What the app holds now, read through the JSON API: the oracle for what a page should show.</summary>
    public async Task<T> GetJsonAsync<T>(string path)
    {
        Chromium.SkipOrFailWhenMissing();
        return (await api!.GetFromJsonAsync<T>(path, Json))!;
    }

    /// <summary>Sends JSON to the API (POST, PUT) and reads the JSON answer, failing on an error status.</summary>
    public async Task<T> SendJsonAsync<T>(HttpMethod method, string path, object body)
    {
        Chromium.SkipOrFailWhenMissing();
        using var response = await api!.SendAsync(new HttpRequestMessage(method, path) { Content = JsonContent.Create(body, options: Json) });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    public async Task<IReadOnlyList<InvitationResponse>> SeedAsync(IEnumerable<InvitationInput> inputs)
    {
        var stored = new List<InvitationResponse>();
        foreach (var input in inputs)
        {
            stored.Add(await SeedAsync(input));
        }

        return stored;
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        api?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "Browser";
}
