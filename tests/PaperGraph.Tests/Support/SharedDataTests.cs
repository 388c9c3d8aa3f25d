namespace PaperGraph.Tests.Support;

public class SharedDataTests
{
    [Fact]
    public void RepositoryRoot_HoldsTheSolution()
    {
        Assert.True(File.Exists(Path.Combine(SharedData.RepositoryRoot, "PaperGraph.sln")));
    }

    [SharedDataFact]
    public void Root_WhenAvailable_HoldsTheEvalSet()
    {
        Assert.True(File.Exists(SharedData.PathOf("eval/dev-gold.jsonl")));
    }
}
