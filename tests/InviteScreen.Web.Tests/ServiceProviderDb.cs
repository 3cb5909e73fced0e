using InviteScreen.Web.Data;
using Microsoft.Extensions.DependencyInjection;

namespace InviteScreen.Web.Tests;

internal static class ServiceProviderDb
{
    public static T WithDb<T>(this IServiceProvider services, Func<InviteScreenDbContext, T> query)
    {
        using var scope = services.CreateScope();
        return query(scope.ServiceProvider.GetRequiredService<InviteScreenDbContext>());
    }
}
