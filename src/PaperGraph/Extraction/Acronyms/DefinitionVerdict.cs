namespace PaperGraph.Extraction.Acronyms;

/// <summary>
/// What <see cref="DefinitionTyper"/> made of an acronym definition: an entity of a type under a key
/// name, or no entity. <see cref="OverridesLexicon"/> says the paper's long form is not the lexicon's
/// reading of the short form ("Semantic Attention Module (SAM)"), so that reading must not be used in
/// this paper. <see cref="Doubtful"/> marks a long form rejected only because it does not look like a
/// name ("kernel dimension reduction"): another recogniser finding it still makes it one.
/// </summary>
internal readonly record struct DefinitionVerdict(bool Accepted, EntityType Type, bool DefaultType, string KeyName, bool OverridesLexicon, bool Doubtful)
{
    public static DefinitionVerdict Entity(EntityType type, string keyName, bool overridesLexicon, bool defaultType = false) =>
        new(true, type, defaultType, keyName, overridesLexicon, false);

    public static DefinitionVerdict None(bool overridesLexicon, bool doubtful = false) =>
        new(false, EntityType.Method, true, "", overridesLexicon, doubtful);
}
