using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace InviteScreen.Web.Access;

/// <summary>
/// Defence in depth: the access plan is decided from configuration before the server starts; once it
/// listens, the addresses it really bound are compared, and an open app on a network address stops.
/// </summary>
internal static partial class ListeningCheck
{
    public static WebApplication StopIfOpenBeyondLoopback(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var plan = app.Services.GetRequiredService<AccessPlan>();
            var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            if (!plan.SignInRequired && ListenAddresses.AnyBeyondLoopback(bound))
            {
                LogOpenBeyondLoopback(app.Logger, string.Join(", ", bound));
                Environment.ExitCode = 1;
                app.Lifetime.StopApplication();
            }
        });
        return app;
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Stopping: the server bound {Addresses}, beyond loopback, without sign-in. Set the address with --urls or Urls so sign-in applies.")]
    private static partial void LogOpenBeyondLoopback(ILogger logger, string addresses);
}
