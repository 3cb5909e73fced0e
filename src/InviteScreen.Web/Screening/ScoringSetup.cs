using InviteScreen.Scoring;
using InviteScreen.Scoring.Catalogue;

namespace InviteScreen.Web.Screening;

internal static class ScoringSetup
{
    /// <summary>
    /// Loads and validates the rule catalogue now, so a bad catalogue stops start-up with the rule's name. Each request
    /// gets the scorer current when it starts (the user's settings and rule changes swap it).
    /// </summary>
    public static WebApplicationBuilder AddScoring(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(ScoringOptions.Section).Get<ScoringOptions>() ?? new ScoringOptions();
        builder.Services.AddSingleton(new ScorerState(options, () => LoadCatalogue(options)));
        builder.Services.AddScoped(services => services.GetRequiredService<ScorerState>().Current);
        builder.Services.AddSingleton<RuleTitles>();
        builder.Services.AddScoped<InvitationScreener>();
        builder.Services.AddScoped<InvitationBatchWriter>();
        builder.Services.AddScoped<Templates.TemplateHistory>();
        builder.Services.AddSingleton<Templates.TemplateRescoreMemory>();
        builder.Services.AddSingleton<Templates.TemplateRegrouper>();
        builder.Services.AddSingleton<Templates.TemplateRepresentatives>();
        builder.Services.AddSingleton<ScreeningWriteGate>();
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    private static RuleCatalogue LoadCatalogue(ScoringOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.WeightsPath))
        {
            return RuleCatalogue.LoadEmbedded();
        }

        if (!File.Exists(options.WeightsPath))
        {
            throw new CatalogueException($"Scoring:WeightsPath names '{options.WeightsPath}', which does not exist.");
        }

        using var weights = File.OpenRead(options.WeightsPath);
        return RuleCatalogue.LoadEmbedded(weights);
    }
}
