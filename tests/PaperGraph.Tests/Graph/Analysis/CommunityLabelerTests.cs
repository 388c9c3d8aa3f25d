using PaperGraph.Graph;

namespace PaperGraph.Tests.Graph.Analysis;

public class CommunityLabelerTests
{
    [Fact]
    public void Label_TaskMethodBenchmark_JoinedInSlotOrderWithSentenceCaseTask()
    {
        LabelCandidate[] members =
        [
            new(EntityType.Benchmark, "COCO", 10, 12, 0.1),
            new(EntityType.Method, "DETR", 8, 9, 0.2),
            new(EntityType.Task, "object detection", 10, 15, 0.3),
        ];

        Assert.Equal("Object detection · DETR · COCO", CommunityLabeler.Label(members, 10, 100));
    }

    [Fact]
    public void Label_UbiquitousBenchmark_LosesToDistinctiveOne()
    {
        // ImageNet: in every community paper but also in 90 of 100 papers (lift 1.1); COCO: 6 of 10 here, 8 overall (lift 7.5).
        LabelCandidate[] members = [new(EntityType.Benchmark, "ImageNet", 10, 90, 0.5), new(EntityType.Benchmark, "COCO", 6, 8, 0.1)];

        Assert.Equal("COCO", CommunityLabeler.Label(members, 10, 100));
    }

    [Fact]
    public void Label_RareMemberWithHigherLift_LosesToWellSupportedOne()
    {
        // OneOff: 1 of 40 community papers and nowhere else (lift 10, score 1·ln 10 = 2.3);
        // Core: 30 of them and 60 of 400 overall (lift 5, score 30·ln 5 = 48.3).
        LabelCandidate[] members = [new(EntityType.Method, "OneOff", 1, 1, 0.1), new(EntityType.Method, "Core", 30, 60, 0.1)];

        Assert.Equal("Core", CommunityLabeler.Label(members, 40, 400));
        Assert.Equal(30 * Math.Log(5), CommunityLabeler.Score(members[1], 40, 400), 12);
    }

    [Fact]
    public void Label_NothingOverRepresented_TakesMostMentioned()
    {
        // A community that is the whole corpus: every lift is 1.
        LabelCandidate[] members = [new(EntityType.Benchmark, "Rare", 2, 2, 0.9), new(EntityType.Benchmark, "Common", 8, 8, 0.1)];

        Assert.Equal("Common", CommunityLabeler.Label(members, 10, 10));
    }

    [Fact]
    public void Label_MixedCaseNames_KeepTheirCasing()
    {
        LabelCandidate[] members = [new(EntityType.Method, "ResNet-50", 3, 3, 0.1), new(EntityType.Task, "ImageNet classification", 3, 3, 0.1)];

        Assert.Equal("ImageNet classification · ResNet-50", CommunityLabeler.Label(members, 3, 10));
    }

    [Fact]
    public void Label_NoPapers_FallsBackToPageRank()
    {
        LabelCandidate[] members = [new(EntityType.Method, "Low", 0, 0, 0.1), new(EntityType.Method, "High", 0, 0, 0.9)];

        Assert.Equal("High", CommunityLabeler.Label(members, 0, 10));
    }

    [Fact]
    public void Label_NoEntities_IsUnlabelled()
    {
        Assert.Equal("(unlabelled)", CommunityLabeler.Label([], 5, 10));
    }

    [Fact]
    public void Lift_ShareInCommunityOverShareInCorpus()
    {
        Assert.Equal(7.5, CommunityLabeler.Lift(new LabelCandidate(EntityType.Dataset, "COCO", 6, 8, 0), 10, 100), 12);
    }
}
