using PaperGraph.Extraction.Canonicalization;

namespace PaperGraph.Graph;

/// <summary>
/// Builds the knowledge graph from papers' extractions. Add them in input order, then call
/// <see cref="Build"/> once all are in: entities are canonicalised across the whole corpus, so no
/// entity is final before the last paper. Until then a paper costs its text plus a few small structs
/// per entity and mention. A paper id seen again is skipped: the first extraction of a paper wins.
/// Not thread-safe.
/// </summary>
public sealed partial class GraphBuilder
{
    private readonly StringPool pool = new();
    private readonly EntityResolver resolver;
    private readonly HashSet<string> paperIds = new(StringComparer.Ordinal);
    private readonly List<PaperNode> papers = [];
    private readonly List<int> firstOccurrence = [];
    private readonly ChunkedList<Occurrence> occurrences = new();
    private readonly ChunkedList<MentionSpan> mentions = new();
    private readonly List<PendingResult> results = [];
    private readonly List<(ExtractedEntity Entity, int Occurrence)> paperEntities = [];

    public GraphBuilder()
    {
        resolver = new EntityResolver(pool);
    }

    /// <summary>Distinct papers added so far.</summary>
    public int PaperCount => papers.Count;

    /// <summary>Extractions skipped because their paper id had already been added.</summary>
    public int DuplicatePapers { get; private set; }

    public void Add(PaperExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        var paper = extraction.Paper;
        if (!paperIds.Add(paper.Id.Value))
        {
            DuplicatePapers++;
            return;
        }
        var paperIndex = papers.Count;
        papers.Add(ToNode(paper));
        firstOccurrence.Add(occurrences.Count);

        var sentences = new PaperSentences(paper);
        paperEntities.Clear();
        foreach (var entity in extraction.Entities) AddEntity(paperIndex, entity, sentences);
        foreach (var result in extraction.Results) AddResult(paperIndex, result, sentences);
    }

    private void AddEntity(int paperIndex, ExtractedEntity entity, PaperSentences sentences)
    {
        var key = string.IsNullOrWhiteSpace(entity.Key) ? NameNormalizer.Key(entity.Name) : entity.Key.Trim();
        if (key.Length == 0) return;
        var name = string.IsNullOrWhiteSpace(entity.Name) ? key : entity.Name;
        var first = mentions.Count;
        foreach (var mention in entity.Mentions)
        {
            if (sentences.Locate(mention.Span) is { } span) mentions.Add(span);
        }
        // Evidence is what makes a node: an entity none of whose spans fits the paper is left out.
        if (mentions.Count == first) return;
        var keyNode = resolver.Observe(paperIndex, entity.Type, key, name, entity.Aliases);
        var occurrence = occurrences.Add(new Occurrence(paperIndex, keyNode, entity.Role, first, mentions.Count - first));
        paperEntities.Add((entity, occurrence));
    }

    private void AddResult(int paperIndex, Result result, PaperSentences sentences)
    {
        if (sentences.Locate(result.Evidence) is not { } evidence) return;
        var metric = ResultEntity(paperIndex, EntityType.Metric, result.Metric, evidence, sentences);
        if (metric < 0) return;
        var target = result.Dataset is null ? -1 : ResultEntity(paperIndex, EntityType.Dataset, result.Dataset, evidence, sentences);
        var method = result.Method is null ? -1 : ResultEntity(paperIndex, EntityType.Method, result.Method, evidence, sentences);
        results.Add(new PendingResult(paperIndex, metric, target, method, result.Value, evidence, result.Text));
    }

    /// <summary>
    /// The paper's occurrence of the entity a result names. Results name entities of the same
    /// extraction; one the extraction lacks becomes an entity of its own, evidenced by the result.
    /// </summary>
    private int ResultEntity(int paperIndex, EntityType type, string name, MentionSpan evidence, PaperSentences sentences)
    {
        if (Match(type, name) is { } found) return found;
        var key = NameNormalizer.Key(name);
        if (key.Length == 0) return -1;
        var keyNode = resolver.Observe(paperIndex, type, key, name, []);
        var first = mentions.Count;
        mentions.Add(sentences.Find(name, evidence) ?? evidence);
        var occurrence = occurrences.Add(new Occurrence(paperIndex, keyNode, MentionRole.Used, first, 1));
        paperEntities.Add((new ExtractedEntity(type, name, key, MentionRole.Used, [], []), occurrence));
        return occurrence;
    }

    private int? Match(EntityType type, string name)
    {
        bool Fits(EntityType t) => t == type || (type.IsEvaluationTarget() && t.IsEvaluationTarget());
        foreach (var (entity, occurrence) in paperEntities)
        {
            if (Fits(entity.Type) && string.Equals(entity.Name, name, StringComparison.Ordinal)) return occurrence;
        }
        foreach (var (entity, occurrence) in paperEntities)
        {
            if (!Fits(entity.Type)) continue;
            if (string.Equals(entity.Name, name, StringComparison.OrdinalIgnoreCase)) return occurrence;
            foreach (var alias in entity.Aliases)
            {
                if (string.Equals(alias.Name, name, StringComparison.OrdinalIgnoreCase)) return occurrence;
            }
        }
        var key = NameNormalizer.Key(name);
        foreach (var (entity, occurrence) in paperEntities)
        {
            if (Fits(entity.Type) && (entity.Key == key || NameNormalizer.Key(entity.Name) == key)) return occurrence;
        }
        return null;
    }

    private PaperNode ToNode(Paper paper) => new(paper.Id, paper.Title, paper.Abstract)
    {
        Year = paper.Year,
        Date = paper.Date is null ? null : pool.Intern(paper.Date),
        Venue = paper.Venue is null ? null : pool.Intern(paper.Venue),
        Url = paper.Url,
        Authors = paper.Authors.Count == 0 ? [] : [.. paper.Authors.Select(pool.Intern)],
    };
}
