using PaperGraph.Analytics.Communities;

namespace PaperGraph.Tests.Analytics.Communities;

public class NormalizedMutualInformationTests
{
    [Fact]
    public void Compute_SameGroupingDifferentLabels_IsOne()
    {
        Assert.Equal(1.0, NormalizedMutualInformation.Compute([0, 0, 1, 1, 2], [7, 7, 3, 3, 9]), 12);
    }

    [Fact]
    public void Compute_IndependentGroupings_IsZero()
    {
        Assert.Equal(0.0, NormalizedMutualInformation.Compute([0, 0, 1, 1], [0, 1, 0, 1]), 12);
    }

    [Fact]
    public void Compute_HandWorkedExample_MatchesFormula()
    {
        // A = {012}{345}, B = {01}{23}{45}: I = (2/3) ln 2, H(A) = ln 2, H(B) = ln 3.
        var expected = 2 * (2.0 / 3 * Math.Log(2)) / (Math.Log(2) + Math.Log(3));

        Assert.Equal(expected, NormalizedMutualInformation.Compute([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2]), 12);
    }

    [Fact]
    public void Compute_BothSingleGroup_IsOne()
    {
        Assert.Equal(1.0, NormalizedMutualInformation.Compute([4, 4, 4], [1, 1, 1]));
    }

    [Fact]
    public void Compute_DifferentLengths_Throws()
    {
        Assert.Throws<ArgumentException>(() => NormalizedMutualInformation.Compute([0, 1], [0]));
    }
}
