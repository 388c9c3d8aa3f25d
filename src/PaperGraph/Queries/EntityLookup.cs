using System.Text;
using PaperGraph.Graph;

namespace PaperGraph.Queries;

/// <summary>
/// Finds an entity by its id, canonical name, any alias or acronym, folding case and punctuation
/// ("ResNet-50" = "resnet50"). A name shared by several entities goes to the one with most papers.
/// </summary>
internal sealed class EntityLookup
{
    private const int SuggestionCount = 5;
    private readonly Dictionary<string, EntityNode> byKey = new(StringComparer.Ordinal);
    private readonly List<(string Folded, string Display)> names = [];
    private readonly string kind;

    public EntityLookup(KnowledgeGraph graph, string kind, params EntityType[] types)
    {
        this.kind = kind;
        var candidates = graph.Entities.Where(e => types.Contains(e.Type))
            .OrderByDescending(e => e.PaperCount).ThenBy(e => e.Id);
        foreach (var e in candidates)
        {
            byKey.TryAdd(e.Id.Value, e);
            foreach (var name in e.Aliases.Select(a => a.Name).Prepend(e.Name))
            {
                var folded = Fold(name);
                if (folded.Length > 0 && byKey.TryAdd(folded, e)) names.Add((folded, e.Name));
            }
        }
    }

    /// <summary>The entity, or the closest names by edit distance when nothing matches.</summary>
    public (EntityNode? Entity, UnknownName? Unknown) Find(string name)
    {
        if (byKey.TryGetValue(name.Trim(), out var byId) || byKey.TryGetValue(Fold(name), out byId)) return (byId, null);
        var folded = Fold(name);
        var closest = names
            .Select(n => (n.Display, Distance: EditDistance.Between(folded, n.Folded)))
            .GroupBy(n => n.Display, StringComparer.Ordinal)
            .Select(g => (Display: g.Key, Distance: g.Min(x => x.Distance)))
            .OrderBy(n => n.Distance).ThenBy(n => n.Display, StringComparer.Ordinal)
            .Take(SuggestionCount)
            .Select(n => n.Display)
            .ToList();
        return (null, new UnknownName(kind, name, closest));
    }

    public static EntityRef Ref(EntityNode e) => new(e.Id.Value, e.Name, e.Type);

    /// <summary>Lower case letters and digits only.</summary>
    public static string Fold(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
