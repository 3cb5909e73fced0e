namespace InviteScreen.Browser.Tests.Infrastructure;

/// <summary>One test's browser context and page; records every JavaScript dialog (alert, confirm) the page opens.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly List<string> dialogs = [];

    private BrowserSession(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
        page.Dialog += async (_, dialog) =>
        {
            lock (dialogs)
            {
                dialogs.Add($"{dialog.Type}: {dialog.Message}");
            }

            await dialog.DismissAsync();
        };
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Dialogs
    {
        get
        {
            lock (dialogs)
            {
                return [.. dialogs];
            }
        }
    }

    public static async Task<BrowserSession> StartAsync(IBrowserContext context) => new(context, await context.NewPageAsync());

    /// <summary>Navigates within the app and fails the test unless the page answered 2xx (an error page proves nothing).</summary>
    public async Task VisitAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status}");
    }

    /// <summary>Full-page screenshot at TestResults/screenshots/&lt;name&gt;.png.</summary>
    public Task ScreenshotAsync(string name) => Page.ScreenshotAsync(new() { Path = Screenshots.PathFor(name), FullPage = true });

    public ValueTask DisposeAsync() => context.DisposeAsync();
}
