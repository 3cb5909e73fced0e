namespace InviteScreen.Scoring.Catalogue;

/// <summary>The rule catalogue is invalid; the message names the rule at fault.</summary>
public sealed class CatalogueException(string message, Exception? inner = null) : Exception(message, inner);
