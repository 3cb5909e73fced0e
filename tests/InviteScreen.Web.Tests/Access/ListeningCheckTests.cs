using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace InviteScreen.Web.Tests.Access;

public sealed class ListeningCheckTests
{
    [Fact]
    public async Task Server_BoundBeyondLoopbackBehindTheConfigurationsBack_StopsWithACriticalLine()
    {
        await using var app = new InviteScreenAppFactory();
        app.UseKestrel(options => options.ListenAnyIP(0));
        try
        {
            app.StartServer();
            var stopping = app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
            for (var i = 0; i < 50 && !stopping.IsCancellationRequested; i++)
            {
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }

            Assert.True(stopping.IsCancellationRequested);
            Assert.Contains("[FTL] Stopping: the server bound", app.ReadLog(), StringComparison.Ordinal);
            Assert.Equal(1, Environment.ExitCode);
        }
        finally
        {
            Environment.ExitCode = 0;
        }
    }
}
