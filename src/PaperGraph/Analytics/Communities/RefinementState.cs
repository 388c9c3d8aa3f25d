namespace PaperGraph.Analytics.Communities;

/// <summary>
/// The arrays refinement reads and writes. Every write is indexed by a node of the community being
/// refined, so communities can be refined concurrently without sharing a slot.
/// </summary>
internal sealed class RefinementState(WorkGraph graph, int[] membership, double resolution, double randomness,
    LeidenWorkspace work, int[] refined)
{
    private readonly double[] _communityTotal = work.CommunityWeight;
    private readonly double[] _subWeight = work.SubWeight;
    private readonly int[] _subSize = work.CommunitySize;
    private readonly double[] _weightToOwn = work.WeightToOwn;
    private readonly double[] _external = work.External;

    public void Prepare(int communityCount)
    {
        var n = graph.NodeCount;
        Array.Clear(_communityTotal, 0, communityCount);
        for (var v = 0; v < n; v++) _communityTotal[membership[v]] += graph.NodeWeights[v];
        Parallel.For(0, ParallelChunks.Count(n), chunk =>
        {
            var (from, to) = ParallelChunks.Range(chunk, n);
            for (var v = from; v < to; v++)
            {
                var own = 0.0;
                var c = membership[v];
                for (var e = graph.Offsets[v]; e < graph.Offsets[v + 1]; e++)
                {
                    if (membership[graph.Targets[e]] == c) own += graph.Weights[e];
                }
                _weightToOwn[v] = own;
                _external[v] = own;
                refined[v] = v;
                _subWeight[v] = graph.NodeWeights[v];
                _subSize[v] = 1;
            }
        });
    }

    public void Visit(int v, SeededRandom random, Refinement.Scratch scratch)
    {
        if (_subSize[refined[v]] != 1) return;
        var community = membership[v];
        var weight = graph.NodeWeights[v];
        var total = _communityTotal[community];
        if (_weightToOwn[v] < resolution * weight * (total - weight)) return;

        var neighborWeight = scratch.NeighborWeight;
        var touched = scratch.Touched;
        var count = 0;
        for (var e = graph.Offsets[v]; e < graph.Offsets[v + 1]; e++)
        {
            var u = graph.Targets[e];
            if (membership[u] != community) continue;
            var s = refined[u];
            if (neighborWeight[s] == 0) touched[count++] = s;
            neighborWeight[s] += graph.Weights[e];
        }
        if (count == 0) return;

        _subWeight[v] = 0;
        var chosen = Choose(v, count, total, weight, random, scratch);
        _subWeight[chosen] += weight;
        if (chosen != v)
        {
            refined[v] = chosen;
            _subSize[chosen]++;
            _subSize[v] = 0;
            _external[chosen] += _weightToOwn[v] - 2 * neighborWeight[chosen];
        }
        for (var i = 0; i < count; i++) neighborWeight[touched[i]] = 0;
    }

    /// <summary>The sub-community v joins: itself (gain 0) or a touched, well-connected one with gain ≥ 0.</summary>
    private int Choose(int v, int count, double total, double weight, SeededRandom random, Refinement.Scratch scratch)
    {
        var best = v;
        var bestGain = 0.0;
        var candidates = 0;
        for (var i = 0; i < count; i++)
        {
            var s = scratch.Touched[i];
            if (_external[s] < resolution * _subWeight[s] * (total - _subWeight[s])) continue;
            var gain = scratch.NeighborWeight[s] - resolution * weight * _subWeight[s];
            if (gain < 0) continue;
            scratch.Gains[candidates] = gain;
            scratch.Candidates[candidates++] = s;
            if (gain > bestGain)
            {
                best = s;
                bestGain = gain;
            }
        }
        if (randomness == 0 || candidates == 0) return best;

        // Sample among v itself (gain 0) and the candidates; shifting by the best gain keeps exp finite.
        var stay = Math.Exp(-bestGain / randomness);
        var sum = stay;
        for (var i = 0; i < candidates; i++)
        {
            scratch.Gains[i] = Math.Exp((scratch.Gains[i] - bestGain) / randomness);
            sum += scratch.Gains[i];
        }
        var r = random.NextDouble() * sum;
        if (r < stay) return v;
        var acc = stay;
        for (var i = 0; i < candidates; i++)
        {
            acc += scratch.Gains[i];
            if (r < acc) return scratch.Candidates[i];
        }
        return best;
    }
}
