using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InviteScreen.Benchmarks.Scale;

/// <summary>The real app, in process, on a given SQLite file; it records how long the server spent on the last request.</summary>
internal sealed class ScaleApp(string databasePath) : WebApplicationFactory<global::Program>
{
    public ServerTimer Timer { get; } = new();

    /// <summary>The pages are compiled into the app's assembly, so the harness's own folder serves as content root.</summary>
    public static void UseOutputFolderAsContentRoot() =>
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_INVITESCREEN_WEB", AppContext.BaseDirectory);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:InviteScreen", $"Data Source={databasePath}");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        if (Environment.GetEnvironmentVariable("SCALE_SQL") == "1")
        {
            builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore.Database.Command", "Information");
        }

        builder.ConfigureServices(services => services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter>(new TimingStartupFilter(Timer)));
    }

    public async Task<T> WithDbAsync<T>(Func<InviteScreen.Web.Data.InviteScreenDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<InviteScreen.Web.Data.InviteScreenDbContext>());
    }

    /// <summary>Server time: from the first middleware to the end of the response body.</summary>
    internal sealed class ServerTimer
    {
        public TimeSpan Last { get; set; }
    }

    private sealed class TimingStartupFilter(ServerTimer timer) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, inner) =>
            {
                var watch = Stopwatch.StartNew();
                await inner(context);
                timer.Last = watch.Elapsed;
            });
            next(app);
        };
    }
}
