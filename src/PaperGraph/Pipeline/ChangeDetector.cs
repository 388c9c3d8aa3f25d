using System.Globalization;
using PaperGraph.Graph;

namespace PaperGraph.Pipeline;

/// <summary>
/// Compares this build's manifest with the previous one by a single merge of the two sorted line
/// sequences: a key on one side only was added or removed, a key on both with another hash changed.
/// </summary>
internal static class ChangeDetector
{
    /// <summary>Above this share of changed entries the change set says "full": reloading is then simpler and no slower.</summary>
    public const double FullShare = 0.5;

    public static ChangeSet Compare(ManifestFile? previous, IReadOnlyList<ManifestLine> current, string buildId)
    {
        if (previous is null || !previous.Exists)
        {
            return new ChangeSet(null, buildId) { Full = true, FullReason = "no previous build in this folder" };
        }
        var lists = new Lists();
        long previousCount = 0;
        try
        {
            using var old = previous.Lines().GetEnumerator();
            var hasOld = old.MoveNext();
            var i = 0;
            while (hasOld || i < current.Count)
            {
                var order = !hasOld ? 1 : i == current.Count ? -1 : ManifestLine.Compare(old.Current, current[i]);
                if (order < 0)
                {
                    lists.Removed(old.Current);
                    previousCount++;
                    hasOld = old.MoveNext();
                }
                else if (order > 0)
                {
                    lists.Added(current[i++]);
                }
                else
                {
                    lists.Same(old.Current, current[i++]);
                    previousCount++;
                    hasOld = old.MoveNext();
                }
            }
        }
        catch (InvalidDataException e)
        {
            return new ChangeSet(null, buildId) { Full = true, FullReason = "the previous manifest is unusable: " + e.Message };
        }
        var set = lists.ToChangeSet(previous.BuildId, buildId);
        if (set.Count > FullShare * Math.Max(previousCount, current.Count) && set.Count > 0)
        {
            return new ChangeSet(previous.BuildId, buildId) { Full = true, FullReason = $"{set.Count:N0} changes: more than half the graph" };
        }
        return set;
    }

    private sealed class Lists
    {
        private readonly List<string> nodesAdded = [], nodesChanged = [], nodesRemoved = [], membership = [];
        private readonly List<ChangedRelationship> relAdded = [], relChanged = [], relRemoved = [];
        private readonly List<int> comAdded = [], comChanged = [], comRemoved = [];

        public void Added(ManifestLine line)
        {
            switch (line.Section)
            {
                case ManifestLine.Node:
                    nodesAdded.Add(line.Key);
                    if (line.Path.Length > 0) membership.Add(line.Key);
                    break;
                case ManifestLine.Edge: relAdded.Add(Relationship(line.Key)); break;
                default: comAdded.Add(Community(line.Key)); break;
            }
        }

        public void Removed(ManifestLine line)
        {
            switch (line.Section)
            {
                case ManifestLine.Node: nodesRemoved.Add(line.Key); break;
                case ManifestLine.Edge: relRemoved.Add(Relationship(line.Key)); break;
                default: comRemoved.Add(Community(line.Key)); break;
            }
        }

        public void Same(ManifestLine old, ManifestLine now)
        {
            if (now.Section == ManifestLine.Node && old.Path != now.Path) membership.Add(now.Key);
            if (old.Hash == now.Hash) return;
            switch (now.Section)
            {
                case ManifestLine.Node: nodesChanged.Add(now.Key); break;
                case ManifestLine.Edge: relChanged.Add(Relationship(now.Key)); break;
                default: comChanged.Add(Community(now.Key)); break;
            }
        }

        public ChangeSet ToChangeSet(string? from, string to) => new(from, to)
        {
            NodesAdded = nodesAdded,
            NodesChanged = nodesChanged,
            NodesRemoved = nodesRemoved,
            RelationshipsAdded = relAdded,
            RelationshipsChanged = relChanged,
            RelationshipsRemoved = relRemoved,
            CommunitiesAdded = comAdded,
            CommunitiesChanged = comChanged,
            CommunitiesRemoved = comRemoved,
            MembershipChanged = membership,
        };

        private static ChangedRelationship Relationship(string key)
        {
            var (source, kind, target) = GraphManifest.ParseEdgeKey(key);
            return new ChangedRelationship(source, kind, target);
        }

        private static int Community(string key) => int.Parse(key, CultureInfo.InvariantCulture);
    }
}
