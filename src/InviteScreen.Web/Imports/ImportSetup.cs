using InviteScreen.Web.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InviteScreen.Web.Imports;

internal static class ImportSetup
{
    /// <summary>Uploads, the background importer, and the import endpoint's own body limit (<c>Import:MaxUploadBytes</c>).</summary>
    public static WebApplicationBuilder AddImports(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(ImportOptions.Section);
        builder.Services.Configure<ImportOptions>(section);
        var maxUpload = section.Get<ImportOptions>()?.MaxUploadBytes ?? new ImportOptions().MaxUploadBytes;
        builder.Services.Configure<RazorPagesOptions>(pages => pages.Conventions.AddPageRouteModelConvention("/Import/Index", page =>
        {
            foreach (var selector in page.Selectors)
            {
                selector.EndpointMetadata.Add(new UploadLimit(maxUpload, "Imports"));
            }
        }));
        builder.Services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = Math.Max(form.MultipartBodyLengthLimit, maxUpload));
        builder.Services.AddSingleton<ImportFiles>();
        builder.Services.AddSingleton<ImportQueue>();
        builder.Services.AddScoped<ImportUpload>();
        builder.Services.AddScoped<InvitationImporter>();
        builder.Services.AddHostedService<ImportWorker>();
        return builder;
    }
}
