namespace InviteScreen.Web.Invitations;

internal static class DashboardSetup
{
    /// <summary>What the dashboard keeps between requests, and the trash's purge.</summary>
    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<FlaggedHeadlineKeywords>();
        builder.Services.AddSingleton<TrashPurgeWorker>();
        builder.Services.AddHostedService(services => services.GetRequiredService<TrashPurgeWorker>());
        return builder;
    }
}
