using System.Collections.Concurrent;
using InviteScreen.Scoring.Templates;

namespace InviteScreen.Web.Templates;

/// <summary>
/// The sentences of groups' representatives, kept between batches: a representative's note never changes, and
/// every look-up near a group compares with it, so it is read and split once, not on every look-up.
/// </summary>
public sealed class TemplateRepresentatives
{
    /// <summary>About 20 MB at most; past it the cache starts again rather than track what is least used.</summary>
    private const int MaxGroups = 50_000;

    private readonly ConcurrentDictionary<long, (string SenderKey, TemplateSentences Sentences)> groups = new();

    public bool TryGet(long groupId, out (string SenderKey, TemplateSentences Sentences) representative) => groups.TryGetValue(groupId, out representative);

    public void Remember(long groupId, string senderKey, TemplateSentences sentences)
    {
        if (groups.Count >= MaxGroups)
        {
            groups.Clear();
        }

        groups[groupId] = (senderKey, sentences);
    }

    /// <summary>A regroup founds new groups under ids that may have meant other notes' groups.</summary>
    public void Clear() => groups.Clear();
}
