namespace PaperGraph.Graph;

/// <summary>How co-occurrence edges are weighted.</summary>
public enum CoOccurrenceWeighting
{
    /// <summary>
    /// c_ij / (o_i · o_j), co-occurrences over the product of occurrences, as VOSviewer normalises: a pair
    /// counts for more when the two are rarely seen apart, so ubiquitous entities ("accuracy") do not glue
    /// every topic together.
    /// </summary>
    AssociationStrength,
    /// <summary>c_ij, the number of papers mentioning both.</summary>
    Counts,
}
