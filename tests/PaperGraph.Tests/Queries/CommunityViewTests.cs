using PaperGraph.Queries;
using static PaperGraph.Tests.Queries.QueryTestGraph;

namespace PaperGraph.Tests.Queries;

public sealed class CommunityViewTests
{
    [Fact]
    public void Overview_TopLevelOnly_LargestFirstWithSubcommunityCounts()
    {
        var overview = CommunityView.Overview(SampleAnalysis);

        Assert.Equal(new[] { "1 fine-tuning 5 2", "0 vision 3 1" }, overview.Communities.Select(c => $"{c.Id} {c.Label} {c.Size} {c.Subcommunities}"));
        Assert.Equal(0.42, overview.Modularity);
    }

    [Fact]
    public void Members_SubCommunity_ByPageRankThenId()
    {
        var members = CommunityView.Members(Sample, SampleAnalysis, 2);

        Assert.Equal(new[] { "method:lora", "benchmark:glue", "method:adapter" }, members.Members.Select(m => m.Id));
        Assert.Equal(new[] { "LoRA", "GLUE", "Adapter" }, members.Members.Select(m => m.Name));
        Assert.Equal(3, members.TotalMembers);
    }

    [Fact]
    public void Members_TopLevelWithLimit_PapersIncludedAndCut()
    {
        var members = CommunityView.Members(Sample, SampleAnalysis, 1, top: 4);

        Assert.Equal(4, members.Members.Count);
        Assert.Equal(5, members.TotalMembers);
        Assert.Equal("fine-tuning", members.Community!.Label);
        Assert.Equal("Paper", CommunityView.Members(Sample, SampleAnalysis, 1).Members[^1].Type);
    }

    [Fact]
    public void Members_UnknownId_UnknownWithNearbyIds()
    {
        var members = CommunityView.Members(Sample, SampleAnalysis, 9);

        Assert.Null(members.Community);
        Assert.Equal("no community named \"9\"; closest: 4 (cifar), 3 (qa), 2 (adapters), 1 (fine-tuning), 0 (vision)", members.Unknown!.Message);
    }
}
