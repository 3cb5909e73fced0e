namespace InviteScreen.Web.Learning;

internal static class LearningSetup
{
    /// <summary>The user's learned model and profile, relearned in the background when decisions change.</summary>
    public static WebApplicationBuilder AddLearning(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<LearningState>();
        builder.Services.AddSingleton<LearningSignal>();
        builder.Services.AddScoped<DecisionRecorder>();
        builder.Services.AddHostedService<LearningWorker>();
        return builder;
    }
}
