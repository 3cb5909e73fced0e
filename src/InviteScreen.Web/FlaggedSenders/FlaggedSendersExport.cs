using InviteScreen.Web.Data;
using InviteScreen.Web.Invitations;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.FlaggedSenders;

public static class FlaggedSendersExport
{
    public const string Path = "/invitations/flagged-senders.csv";

    /// <summary>A plain GET, so the dashboard's link can be bookmarked or fetched with curl.</summary>
    public static IEndpointRouteBuilder MapFlaggedSendersExport(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, ExportAsync).WithTags("Export").WithFilterQueryDocs();
        return app;
    }

    private static async Task ExportAsync(HttpContext http, InviteScreenDbContext db)
    {
        var filter = InvitationFilterQuery.Parse(http.Request.Query, out var errors);
        if (errors.Count > 0)
        {
            await TypedResults.ValidationProblem(errors).ExecuteAsync(http);
            return;
        }

        filter.Flagged = true;
        var rows = (await filter.ApplyAsync(db, http.RequestAborted))
            .OrderBy(i => i.SenderKey)
            .ThenBy(i => i.ScreenedAt)
            .Select(i => new FlaggedInvitationRow(i.SenderKey, i.SenderName, i.Headline, i.ProfileUrl, i.Score, i.ScreenedAt, i.TopRules, i.Status.ToString()))
            .AsAsyncEnumerable();

        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = "attachment; filename=\"flagged-senders.csv\"";
        await FlaggedSenderCsvWriter.WriteAsync(http.Response.Body, rows, http.RequestAborted);
    }
}
