using System.Net.Http.Json;
using System.Text;
using InviteScreen.Web.Screening;
using InviteScreen.Web.Tuning;

namespace InviteScreen.Web.Tests.Tuning;

/// <summary>The calls the settings, lists, rules and re-score tests share.</summary>
internal static class TuningClient
{
    public static Dictionary<string, string> Settings(int threshold = 60, int genericFrom = 60, int personalBelow = 30, bool neutralEmptyNote = false) => new()
    {
        ["Scoring.FlagThreshold"] = threshold.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Scoring.GenericFrom"] = genericFrom.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Scoring.PersonalBelow"] = personalBelow.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Scoring.EmptyNoteNeutral"] = neutralEmptyNote ? "true" : "false",
    };

    public static Task<HttpResponseMessage> SaveSettingsAsync(HttpClient client, Dictionary<string, string> fields) =>
        Forms.PostAsync(client, "/settings", "/settings?handler=Scoring", fields);

    public static async Task<ScoreResponse> ScoreAsync(HttpClient client, InvitationInput input)
    {
        var response = await client.PostAsJsonAsync("/api/score", input, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ScoreResponse>(Json.Options, TestContext.Current.CancellationToken))!;
    }

    public static Task<HttpResponseMessage> ImportListsAsync(HttpClient client, string csv) =>
        client.PostAsync("/api/lists.csv", new StringContent(csv, Encoding.UTF8, "text/csv"), TestContext.Current.CancellationToken);

    /// <summary>The newest re-score, once it is done.</summary>
    public static async Task<RescoreResponse> LatestRescoreDoneAsync(InviteScreenAppFactory app, HttpClient client)
    {
        var id = app.WithDb(db => db.RescoreJobs.Max(j => j.Id));
        return await RescoreDoneAsync(client, id);
    }

    public static async Task<RescoreResponse> RescoreDoneAsync(HttpClient client, long id)
    {
        for (var attempt = 0; ; attempt++)
        {
            var job = (await client.GetFromJsonAsync<RescoreResponse>($"/api/rescore/{id}", Json.Options, TestContext.Current.CancellationToken))!;
            if (job.State == RescoreState.Done || attempt > 500)
            {
                return job;
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }
}

/// <summary>Each of these tests starts its own app (they change settings); one at a time keeps the file watchers few.</summary>
[CollectionDefinition(Name)]
public sealed class TuningCollection
{
    public const string Name = "Tuning";
}
