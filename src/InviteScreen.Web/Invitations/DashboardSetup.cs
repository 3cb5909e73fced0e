namespace InviteScreen.Web.Invitations;

internal static class DashboardSetup
{
    /// <summary>What the dashboard keeps between requests.</summary>
    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<FlaggedHeadlineKeywords>();
        return builder;
    }
}
