namespace PaperGraph.Extraction.Canonicalization;

/// <summary>The mentions gathered under one key while a paper's entities are assembled.</summary>
internal sealed class EntityDraft(string key)
{
    public string Key { get; } = key;

    /// <summary>Accepted spans in text order, each with every candidate that proposed it (the first is the strongest).</summary>
    public List<List<Candidate>> Mentions { get; } = [];

    public IEnumerable<Candidate> Candidates => Mentions.SelectMany(m => m);
}
