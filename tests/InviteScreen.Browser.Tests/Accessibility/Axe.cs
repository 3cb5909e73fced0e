using System.Text.Json;

namespace InviteScreen.Browser.Tests.Accessibility;

/// <summary>Runs axe-core (committed next to this file) inside a page and returns its serious and critical violations.</summary>
internal static class Axe
{
    private static readonly Lazy<string> Script = new(() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Accessibility", "axe.min.js")));

    private const string RunSeriousOrWorse = """
        async () => {
            const result = await axe.run(document, { resultTypes: ["violations"] });
            return result.violations
                .filter(v => v.impact === "serious" || v.impact === "critical")
                .map(v => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 5).map(n => n.target.join(" ")).join(" | ")}`
                    + ` (${v.nodes[0]?.failureSummary?.replaceAll("\n", " ") ?? ""})`);
        }
        """;

    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Content = Script.Value });
        var violations = await page.EvaluateAsync<JsonElement>(RunSeriousOrWorse);
        return [.. violations.EnumerateArray().Select(v => v.GetString() ?? "")];
    }
}
