using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InviteScreen.Web.Data;

internal static class DatabaseSetup
{
    public const string ConnectionStringName = "InviteScreen";

    /// <summary>SQLite at <c>ConnectionStrings:InviteScreen</c>; a relative file is placed under the content root.</summary>
    public static WebApplicationBuilder AddDatabase(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetConnectionString(ConnectionStringName) ?? "Data Source=App_Data/invitescreen.db";
        var connection = new SqliteConnectionStringBuilder(configured);
        if (!Path.IsPathRooted(connection.DataSource) && connection.DataSource != ":memory:")
        {
            connection.DataSource = Path.Combine(builder.Environment.ContentRootPath, connection.DataSource);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(connection.DataSource))!);
        builder.Services.AddSingleton(new DatabaseFile(Path.GetFullPath(connection.DataSource)));
        connection.DefaultTimeout = 30;
        connection.Pooling = true;
        builder.Services.AddDbContext<InviteScreenDbContext>(options => options
            .UseSqlite(connection.ToString())
            // Capped counts and one-row aggregates limit rows on purpose without ordering them: an ORDER BY would force a sort.
            .ConfigureWarnings(w => w.Ignore(CoreEventId.RowLimitingOperationWithoutOrderByWarning, CoreEventId.FirstWithoutOrderByAndFilterWarning))
            .AddInterceptors(new SqlitePragmas()));
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    /// <summary>Creates the file if needed and applies the committed migrations.</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InviteScreenDbContext>();
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }

    /// <summary>Server settings for every pooled connection: WAL is per file, these are per connection.</summary>
    private sealed class SqlitePragmas : DbConnectionInterceptor
    {
        private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}

/// <summary>Where the SQLite file lives, resolved once: files that belong with the data (imports) go beside it.</summary>
public sealed record DatabaseFile(string Path)
{
    public string Directory => System.IO.Path.GetDirectoryName(Path)!;
}
