namespace InviteScreen.Training;

/// <summary>Where the engine embeds its fitted weights.</summary>
public static class FittedWeightsFile
{
    public static string Path(string repository) =>
        System.IO.Path.Combine(repository, "src", "InviteScreen.Scoring", "Catalogue", "fitted-weights.json");
}
