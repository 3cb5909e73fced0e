using InviteScreen.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Imports;

/// <summary><c>GET /api/imports/{id}</c>: a job's progress, polled by the job page.</summary>
public static class ImportsApi
{
    public static IEndpointRouteBuilder MapImportsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/imports").WithTags("Import").RequireRateLimiting(Hosting.RequestLimits.ApiPolicy)
            .MapGet("/{id:long}", Get);
        return app;
    }

    private static async Task<Results<Ok<ImportJobResponse>, NotFound>> Get(long id, InviteScreenDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var job = await ImportJobResponse.LoadAsync(db, id, clock, cancellationToken);
        return job is null ? TypedResults.NotFound() : TypedResults.Ok(job);
    }
}

public sealed record ImportBadRowResponse(int LineNumber, string Reason);

public sealed record ImportJobResponse(
    long Id,
    string FileName,
    ImportStatus Status,
    int? TotalRows,
    int RowsDone,
    int Imported,
    int Duplicates,
    int OutgoingSkipped,
    int BadRows,
    double? RowsPerSecond,
    double? SecondsLeft,
    DateTime CreatedAt,
    DateTime? StartedAt,
    DateTime? FinishedAt,
    string? Error,
    IReadOnlyList<ImportBadRowResponse> BadRowList,
    string? Warning = null)
{
    public const int MaxBadRowsShown = 200;

    public int Percent => TotalRows is > 0 ? (int)Math.Min(100, RowsDone * 100L / TotalRows.Value) : Status == ImportStatus.Completed ? 100 : 0;

    public static async Task<ImportJobResponse?> LoadAsync(InviteScreenDbContext db, long id, TimeProvider clock, CancellationToken cancellationToken)
    {
        var job = await db.ImportJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, cancellationToken);
        if (job is null)
        {
            return null;
        }

        var badRows = await db.ImportBadRows.Where(r => r.ImportJobId == id).OrderBy(r => r.LineNumber).Take(MaxBadRowsShown)
            .Select(r => new ImportBadRowResponse(r.LineNumber, r.Reason)).ToListAsync(cancellationToken);
        var end = job.FinishedAt ?? clock.GetUtcNow().UtcDateTime;
        var seconds = job.StartedAt is { } started ? (end - started).TotalSeconds : 0;
        double? rate = seconds > 0.5 && job.RowsDone > 0 ? Math.Round(job.RowsDone / seconds, 1) : null;
        double? left = rate is > 0 && job.TotalRows is { } total && job.Status == ImportStatus.Running ? Math.Round(Math.Max(0, total - job.RowsDone) / rate.Value) : null;
        return new ImportJobResponse(
            job.Id, job.FileName, job.Status, job.TotalRows, job.RowsDone, job.Imported, job.Duplicates, job.OutgoingSkipped, job.BadRows, rate, left,
            Utc(job.CreatedAt), Utc(job.StartedAt), Utc(job.FinishedAt), job.Error, badRows, job.Warning);
    }

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    private static DateTime? Utc(DateTime? value) => value is { } v ? Utc(v) : null;
}
