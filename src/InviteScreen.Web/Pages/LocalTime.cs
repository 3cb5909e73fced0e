using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace InviteScreen.Web.Pages;

/// <summary>
/// A stored UTC time as a <c>&lt;time&gt;</c> element: the server writes UTC (so the page reads right without
/// JavaScript), and local-time.js rewrites it in the browser's time zone.
/// </summary>
public static class LocalTime
{
    /// <summary>Date and time, "2026-12-08 09:30 UTC" until the browser shows its own zone.</summary>
    public static IHtmlContent DateTime(System.DateTime utc) => Element(utc, "datetime", utc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC");

    /// <summary>The day alone; in the browser, the day it was where the user is.</summary>
    public static IHtmlContent Date(System.DateTime utc) => Element(utc, "date", utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static HtmlString Element(System.DateTime utc, string kind, string text)
    {
        // Stored times come back from SQLite without a kind; they are all UTC.
        var iso = System.DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        return new HtmlString($"<time datetime=\"{iso}\" data-local=\"{kind}\">{HtmlEncoder.Default.Encode(text)}</time>");
    }
}
