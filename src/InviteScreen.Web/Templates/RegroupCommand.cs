using InviteScreen.Web.Data;

namespace InviteScreen.Web.Templates;

/// <summary><c>regroup</c>: rebuilds the template groups (resuming a stopped regroup) and exits without starting the web server.</summary>
internal static class RegroupCommand
{
    public static async Task RunRegroupAsync(this WebApplication app)
    {
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // Finish the batch in hand; the next run resumes after it.
            e.Cancel = true;
            stop.Cancel();
        };
        await app.Services.GetRequiredService<TemplateRegrouper>().RunAsync(Console.Out, stop.Token);
    }

    /// <summary>At start-up: groups built by an older version may mix templates until <c>regroup</c> runs.</summary>
    public static async Task WarnIfRegroupDueAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        if (await TemplateRegrouper.IsDueAsync(scope.ServiceProvider.GetRequiredService<InviteScreenDbContext>(), CancellationToken.None))
        {
            app.Logger.LogWarning("Template groups were built by an older version and may mix templates: stop the app and run `regroup` once (it resumes if interrupted).");
        }
    }
}
