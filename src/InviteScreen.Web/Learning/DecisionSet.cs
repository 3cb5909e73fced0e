using InviteScreen.Scoring.Learning;
using InviteScreen.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Learning;

/// <summary>The notes the user decided, oldest first: what the learned model trains on.</summary>
internal static class DecisionSet
{
    public static async Task<List<TrainingNote>> LoadAsync(InviteScreenDbContext db, CancellationToken cancellationToken) =>
        [.. (await db.Decisions.AsNoTracking()
                .Join(db.Invitations, d => d.InvitationId, i => i.Id, (d, i) => new { i.Id, i.Message, d.Label })
                .OrderBy(x => x.Id)
                .ToListAsync(cancellationToken))
            .Select(d => new TrainingNote(d.Message, d.Label == DecisionLabel.Generic))];

    /// <summary>Five-fold cross-validated AUC of a model learned from the decisions; null below ten or with one label only.</summary>
    public static double? CrossValidatedAuc(IReadOnlyList<TrainingNote> notes)
    {
        const int folds = 5;
        if (notes.Count < 10 || notes.All(n => n.Generic) || notes.All(n => !n.Generic))
        {
            return null;
        }

        var scored = new List<(double, bool)>(notes.Count);
        for (var fold = 0; fold < folds; fold++)
        {
            var model = LearnedModel.Train([.. notes.Where((_, i) => i % folds != fold)]);
            if (model is null)
            {
                continue;
            }

            scored.AddRange(notes.Where((_, i) => i % folds == fold).Select(n => (model.Model.Logit(n.Message), n.Generic)));
        }

        var auc = RocAuc.Of(scored);
        return double.IsNaN(auc) ? null : auc;
    }
}
