using InviteScreen.Scoring.Policy;
using InviteScreen.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Tuning;

/// <summary>Adds and removes allow and block list entries; each change re-scores the history.</summary>
public sealed class ListChanges(InviteScreenDbContext db, ScoringTuning tuning)
{
    /// <summary>Adds the entries not listed yet (ignoring case), all in one save; returns how many were new.</summary>
    public async Task<int> AddAsync(IReadOnlyList<ListEntry> entries, CancellationToken cancellationToken)
    {
        var existing = (await db.ListEntries.AsNoTracking().ToListAsync(cancellationToken)).Select(e => Key(e.ToEntry())).ToHashSet();
        var added = 0;
        foreach (var entry in entries.Where(e => existing.Add(Key(e))))
        {
            db.ListEntries.Add(new ListEntryRow { Kind = entry.Kind, Field = entry.Field, Value = entry.Value.Trim() });
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (added > 0)
        {
            await tuning.ChangedAsync($"Lists changed: {added} entr{(added == 1 ? "y" : "ies")} added ({Describe(entries[0])}{(added > 1 ? ", …" : "")}).", cancellationToken);
        }

        return added;
    }

    public async Task<(int Added, List<string> Errors)> ImportAsync(TextReader csv, CancellationToken cancellationToken)
    {
        var (entries, errors) = ListCsv.Read(csv);
        if (errors.Count == 0 && entries.Count == 0)
        {
            errors.Add($"The file holds no entries; its columns are {ListCsv.Header}.");
        }

        return errors.Count > 0 ? (0, errors) : (await AddAsync(entries, cancellationToken), errors);
    }

    public async Task<bool> RemoveAsync(long id, CancellationToken cancellationToken)
    {
        var row = await db.ListEntries.FindAsync([id], cancellationToken);
        if (row is null)
        {
            return false;
        }

        db.ListEntries.Remove(row);
        await db.SaveChangesAsync(cancellationToken);
        await tuning.ChangedAsync($"Lists changed: removed {Describe(row.ToEntry())}.", cancellationToken);
        return true;
    }

    public static string Describe(ListEntry e) => $"{(e.Kind == ListKind.Allow ? "allow" : "block")} {ListCsv.JsonNamingPolicyName(e.Field)} \"{e.Value.Trim()}\"";

    private static (ListKind, ListField, string) Key(ListEntry e) => (e.Kind, e.Field, e.Value.Trim().ToUpperInvariant());
}
