namespace InviteScreen.Web.Tuning;

internal static class TuningSetup
{
    /// <summary>The user's settings, lists and rule changes, and the background re-score each change starts.</summary>
    public static WebApplicationBuilder AddTuning(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ScoringTuning>();
        builder.Services.AddScoped<RuleChanges>();
        builder.Services.AddScoped<ListChanges>();
        builder.Services.AddSingleton<RescoreQueue>();
        builder.Services.AddHostedService<RescoreWorker>();
        return builder;
    }

    /// <summary>Puts the stored settings in force before the first request; a stored change the catalogue no longer accepts is logged and left out.</summary>
    public static async Task LoadTuningAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<ScoringTuning>().LoadAsync(CancellationToken.None) is { } error)
        {
            app.Logger.LogWarning("The stored rule changes or settings are not valid now and are not applied: {Error}", error);
        }
    }
}
