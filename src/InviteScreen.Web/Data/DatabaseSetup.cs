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
        // Microsoft.Data.Sqlite retries a busy database for this long on top of SQLite's busy_timeout.
        connection.DefaultTimeout = BusyTimeoutSeconds(builder.Configuration);
        connection.Pooling = true;
        builder.Services.AddDbContext<InviteScreenDbContext>(options => options
            .UseSqlite(connection.ToString())
            // Capped counts and one-row aggregates limit rows on purpose without ordering them: an ORDER BY would force a sort.
            .ConfigureWarnings(w => w.Ignore(CoreEventId.RowLimitingOperationWithoutOrderByWarning, CoreEventId.FirstWithoutOrderByAndFilterWarning,
                // Findings and score changes of a trashed invitation are only read through it, so the trash filter covers them.
                CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning))
            .AddInterceptors(new SqlitePragmas(BusyTimeoutSeconds(builder.Configuration))));
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    /// <summary>How long a writer waits for another's lock before giving up with a 503 (<c>Database:BusyTimeoutSeconds</c>).</summary>
    public static int BusyTimeoutSeconds(IConfiguration configuration) => Math.Clamp(configuration.GetValue("Database:BusyTimeoutSeconds", 10), 1, 300);

    /// <summary>
    /// Creates the file if needed, applies the committed migrations and proves writes work; false, after one clear
    /// log line, when the database cannot be opened for writing.
    /// </summary>
    public static async Task<bool> MigrateDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InviteScreenDbContext>();
        try
        {
            // Proved first on a bare connection, so an unwritable file is one log line, not EF's errors as well.
            await using (var bare = new SqliteConnection(db.Database.GetConnectionString()))
            {
                await bare.OpenAsync();
                await DatabaseWriteProbe.RunAsync(bare, bare.DefaultTimeout, CancellationToken.None);
            }

            await db.Database.MigrateAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            return true;
        }
        catch (SqliteException exception)
        {
            app.Logger.LogCritical(
                "Cannot start: the database {Path} cannot be opened for writing ({Reason}). Check that the app's user may write the file and its folder, and that no other program locks it.",
                app.Services.GetRequiredService<DatabaseFile>().Path, exception.Message);
            return false;
        }
    }

    /// <summary>Server settings for every pooled connection: WAL is per file, these are per connection.</summary>
    private sealed class SqlitePragmas(int busyTimeoutSeconds) : DbConnectionInterceptor
    {
        private readonly string pragmas = $"PRAGMA synchronous=NORMAL; PRAGMA busy_timeout={busyTimeoutSeconds * 1000}; PRAGMA foreign_keys=ON;";

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            using var command = connection.CreateCommand();
            command.CommandText = pragmas;
            command.ExecuteNonQuery();
        }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}

/// <summary>Where the SQLite file lives, resolved once: files that belong with the data (imports) go beside it.</summary>
public sealed record DatabaseFile(string Path)
{
    public string Directory => System.IO.Path.GetDirectoryName(Path)!;
}
