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
            try
            {
                app.StartServer();
            }
            catch (ObjectDisposedException)
            {
                // The app stopped itself before the factory finished starting it: the behaviour under test.
            }

            // Generous: the whole suite runs in parallel on two cores.
            for (var i = 0; i < 300 && !app.ReadLog().Contains("[FTL] Stopping", StringComparison.Ordinal); i++)
            {
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }

            Assert.Contains("[FTL] Stopping: the server bound", app.ReadLog(), StringComparison.Ordinal);
            Assert.Equal(1, Environment.ExitCode);
        }
        finally
        {
            Environment.ExitCode = 0;
        }
    }
}
