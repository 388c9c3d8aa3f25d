namespace PaperGraph.Analytics.Communities;

/// <summary>
/// Leiden's fast local moving phase. All nodes start in a queue in random order; a node is taken off,
/// moved to the neighbouring community (or an empty one) with the largest gain, and when it moves, its
/// neighbours outside its new community are queued again unless already queued. Ends when the queue is
/// empty, so every node is then locally optimal. Gain of moving v into C:
/// w(v, C) − γ' · nodeWeight(v) · weight(C), with γ' = γ / 2m for modularity and γ for CPM.
/// </summary>
internal static class LocalMoving
{
    /// <summary>Improves <paramref name="membership"/> in place (ids must be below the node count).</summary>
    public static void Run(WorkGraph graph, int[] membership, double resolution, SeededRandom random, LeidenWorkspace work)
    {
        var n = graph.NodeCount;
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        var weights = graph.Weights;
        var nodeWeights = graph.NodeWeights;
        var neighborWeight = work.NeighborWeight;
        var touched = work.Touched;
        var communityWeight = work.CommunityWeight;
        var communitySize = work.CommunitySize;
        var queue = work.Queue;
        var queued = work.Queued;
        var empty = work.Empty;

        Array.Clear(communityWeight, 0, n);
        Array.Clear(communitySize, 0, n);
        for (var v = 0; v < n; v++)
        {
            communityWeight[membership[v]] += nodeWeights[v];
            communitySize[membership[v]]++;
        }
        var emptyCount = 0;
        for (var c = n - 1; c >= 0; c--)
        {
            if (communitySize[c] == 0) empty[emptyCount++] = c;
        }

        for (var v = 0; v < n; v++) queue[v] = v;
        random.Shuffle(queue.AsSpan(0, n));
        Array.Fill(queued, true, 0, n);
        int head = 0, pending = n;

        while (pending > 0)
        {
            var v = queue[head];
            head = head + 1 == n ? 0 : head + 1;
            pending--;
            queued[v] = false;

            var current = membership[v];
            var weight = nodeWeights[v];
            var count = 0;
            for (var e = offsets[v]; e < offsets[v + 1]; e++)
            {
                var c = membership[targets[e]];
                if (neighborWeight[c] == 0) touched[count++] = c;
                neighborWeight[c] += weights[e];
            }

            communityWeight[current] -= weight;
            var best = current;
            var bestGain = neighborWeight[current] - resolution * weight * communityWeight[current];
            for (var i = 0; i < count; i++)
            {
                var c = touched[i];
                var gain = neighborWeight[c] - resolution * weight * communityWeight[c];
                if (IsBetter(gain, bestGain))
                {
                    best = c;
                    bestGain = gain;
                }
            }
            // Alone in a new community the gain is 0; only worth it when every option is worse and v
            // is not alone already.
            if (IsBetter(0, bestGain) && communitySize[current] > 1 && emptyCount > 0)
            {
                best = empty[--emptyCount];
                bestGain = 0;
            }
            communityWeight[best] += weight;

            if (best != current)
            {
                if (--communitySize[current] == 0) empty[emptyCount++] = current;
                communitySize[best]++;
                membership[v] = best;
                for (var e = offsets[v]; e < offsets[v + 1]; e++)
                {
                    var u = targets[e];
                    if (queued[u] || membership[u] == best) continue;
                    queued[u] = true;
                    var tail = head + pending;
                    queue[tail >= n ? tail - n : tail] = u;
                    pending++;
                }
            }
            for (var i = 0; i < count; i++) neighborWeight[touched[i]] = 0;
        }
    }

    /// <summary>Strictly better by more than rounding noise, so nodes do not swap back and forth on ties.</summary>
    internal static bool IsBetter(double gain, double than) => gain - than > 1e-12 * Math.Max(1.0, Math.Abs(than));
}
