using InviteScreen.Web.Hosting;
using Microsoft.AspNetCore.Http.Features;

namespace InviteScreen.Web.Imports;

internal static class ImportSetup
{
    public const string UploadPath = "/import";

    /// <summary>Uploads, the background importer, and the import endpoint's own body limit (<c>Import:MaxUploadBytes</c>).</summary>
    public static WebApplicationBuilder AddImports(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(ImportOptions.Section);
        builder.Services.Configure<ImportOptions>(section);
        var maxUpload = section.Get<ImportOptions>()?.MaxUploadBytes ?? new ImportOptions().MaxUploadBytes;
        builder.Services.AddSingleton(new UploadLimit(UploadPath, maxUpload, "Imports"));
        builder.Services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = Math.Max(form.MultipartBodyLengthLimit, maxUpload));
        builder.Services.AddSingleton<ImportFiles>();
        builder.Services.AddSingleton<ImportQueue>();
        builder.Services.AddScoped<ImportUpload>();
        builder.Services.AddScoped<InvitationImporter>();
        builder.Services.AddHostedService<ImportWorker>();
        return builder;
    }
}
