using PaperGraph.Graph;
using PaperGraph.Survey;

namespace PaperGraph.Tests.Survey;

public sealed class SurveyOutlinerTests(SampleBuildFixture samples) : IClassFixture<SampleBuildFixture>
{
    private static readonly KnowledgeGraph Graph = SurveyTestGraph.Graph();
    private static readonly GraphAnalysis Analysis = SurveyTestGraph.Analysis(Graph);

    private static SurveyOutline Outline(SurveyRequest? request = null) => SurveyOutliner.Outline(Graph, Analysis, request ?? SurveyRequest.Default);

    [Fact]
    public void Outline_SamplePages_EveryCitationIsAPaperWhoseEvidenceSupportsTheStatement()
    {
        var (graph, analysis) = GraphStore.Open(samples.Folder);

        var outline = SurveyOutliner.Outline(graph, analysis, SurveyRequest.Default);

        Assert.NotEmpty(outline.Sections);
        Assert.True(outline.References.Count > 20, $"only {outline.References.Count} references");
        SurveyAssert.EveryCitationSupported(outline, graph, analysis);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(1)]
    public void Outline_SamplePagesEveryCommunityAtDepth_EveryCitationSupported(int depth)
    {
        var (graph, analysis) = GraphStore.Open(samples.Folder);

        foreach (var community in analysis.Communities.Where(c => c.Level == 0).Take(6))
        {
            var outline = SurveyOutliner.Outline(graph, analysis, new SurveyRequest { Community = community.Id, Depth = depth, MinSectionPapers = 1 });

            SurveyAssert.EveryCitationSupported(outline, graph, analysis);
        }
    }

    [Fact]
    public void Outline_WholeCorpus_SectionsAreTopLevelCommunitiesTitledFromTheirLabels()
    {
        var outline = Outline();

        Assert.Equal(["Object detection", "Image generation"], outline.Sections.Select(s => s.Title));
        Assert.Equal([0, 1], outline.Sections.Select(s => s.Community));
        Assert.Equal(["Object detection methods", "Image generation methods"], outline.Sections.Select(s => s.MethodsHeading));
        Assert.Equal("Survey outline: Object detection and Image generation", outline.Title);
        Assert.Equal(7, outline.Scope.PaperCount);
        Assert.Equal((2014, 2022), (outline.Scope.FirstYear, outline.Scope.LastYear));
        Assert.Equal([3, 3], outline.Sections.Select(s => s.PaperCount));
        Assert.Empty(outline.OtherTopics);
        SurveyAssert.EveryCitationSupported(outline, Graph, Analysis);
    }

    [Fact]
    public void Outline_WholeCorpus_MethodsNameTheirProposersAndWhatTheyBuildOn()
    {
        var detection = Outline().Sections[0];
        var refs = Outline().References.ToDictionary(r => r.Number, r => r.PaperId);

        var yolo = detection.Methods.Single(m => m.Method.Entity.Name == "YOLO");
        Assert.Equal(2, yolo.Method.PaperCount);
        Assert.Equal(["arxiv:1506.02640"], yolo.ProposedIn.Select(n => refs[n]));
        Assert.Equal(["ResNet"], yolo.BuildsOn.Select(b => b.Entity.Name));
        Assert.Equal(["arxiv:1506.02640"], yolo.BuildsOn[0].Citations.Select(n => refs[n]));
        Assert.Equal(["DETR", "ResNet", "YOLO"], detection.Methods.Select(m => m.Method.Entity.Name));
    }

    [Fact]
    public void Outline_WholeCorpus_TargetsListTheMethodsEvaluatedOnThem()
    {
        var detection = Outline().Sections[0];

        var coco = detection.Targets[0];
        Assert.Equal("COCO", coco.Target.Entity.Name);
        Assert.Equal(3, coco.Target.PaperCount);
        Assert.Equal(["DETR", "YOLO"], coco.EvaluatedMethods.Select(m => m.Entity.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["COCO", "LVIS"], detection.Targets.Select(t => t.Target.Entity.Name));
        Assert.Equal(["AP"], detection.Metrics.Select(m => m.Entity.Name));
    }

    [Fact]
    public void Outline_ResultsTable_GroupsByBenchmarkAndPutsTheBestFirst()
    {
        var sections = Outline().Sections;

        Assert.Equal(["DETR 42.0", "YOLO 33.0", "(none) 50.2"],
            sections[0].Results.Select(r => $"{r.Method?.Name ?? "(none)"} {r.Value}"));
        Assert.Equal(["StyleGAN 4.4", "Generative Adversarial Networks 30.1"], sections[1].Results.Select(r => $"{r.Method?.Name} {r.Value}"));
        Assert.All(sections[1].Results, r => Assert.Equal(PaperGraph.Queries.MetricDirection.LowerIsBetter, r.Direction));
    }

    [Fact]
    public void Outline_ChosenCommunity_SectionsAreItsSubCommunities()
    {
        var outline = Outline(new SurveyRequest { Community = 0 });

        Assert.Equal([2, 3], outline.Sections.Select(s => s.Community));
        Assert.Equal(["Transformer detectors", "YOLO and related methods"], outline.Sections.Select(s => s.Title));
        Assert.Equal("Survey outline: Object detection", outline.Title);
        Assert.Equal(3, outline.Scope.PaperCount);
        SurveyAssert.EveryCitationSupported(outline, Graph, Analysis);
    }

    [Fact]
    public void Outline_Depth2_WritesSubsectionsAndLeavesDetailsToThem()
    {
        var outline = Outline(new SurveyRequest { Depth = 2, MinSectionPapers = 1 });

        var detection = outline.Sections[0];
        Assert.Equal([2, 3], detection.Subsections.Select(s => s.Community));
        Assert.Empty(detection.Methods);
        Assert.NotEmpty(detection.Papers);
        Assert.NotEmpty(detection.Subsections[0].Methods);
        Assert.Empty(outline.Sections[1].Subsections);
        SurveyAssert.EveryCitationSupported(outline, Graph, Analysis);
    }

    [Fact]
    public void Outline_TopicByAlias_CoversThePapersThatMentionTheEntity()
    {
        var outline = Outline(new SurveyRequest { Topic = "gan" });

        Assert.Equal(3, outline.Scope.PaperCount);
        Assert.Equal("the papers that mention the method “Generative Adversarial Networks”", outline.Scope.Basis);
        Assert.Equal("Survey outline: Generative Adversarial Networks", outline.Title);
        Assert.Equal([1], outline.Sections.Select(s => s.Community));
        SurveyAssert.EveryCitationSupported(outline, Graph, Analysis);
    }

    [Fact]
    public void Outline_FreeTextTopic_MatchesNamesAndTitlesAsWholeWords()
    {
        var titles = Outline(new SurveyRequest { Topic = "generators fairly" });

        Assert.Equal(1, titles.Scope.PaperCount);
        Assert.Equal("Survey outline: Generators fairly", titles.Title);
        Assert.Throws<SurveyScopeException>(() => Outline(new SurveyRequest { Topic = "generator" }));
        Assert.Throws<SurveyScopeException>(() => Outline(new SurveyRequest { Topic = "style" }));
    }

    [Fact]
    public void Outline_TopicMatchingNothing_ThrowsWithTheClosestNames()
    {
        var e = Assert.Throws<SurveyScopeException>(() => Outline(new SurveyRequest { Topic = "YOLQ" }));

        Assert.Contains("\"YOLQ\"", e.Message);
        Assert.Contains("closest names: YOLO", e.Message);
    }

    [Fact]
    public void Outline_UnknownCommunity_ThrowsNamingNearbyIds()
    {
        var e = Assert.Throws<SurveyScopeException>(() => Outline(new SurveyRequest { Community = 9 }));

        Assert.Contains("no community 9", e.Message);
        Assert.Contains("4 (Image generation · GAN)", e.Message);
    }

    [Fact]
    public void Outline_EmptyGraph_Throws()
    {
        var e = Assert.Throws<SurveyScopeException>(() => SurveyOutliner.Outline(KnowledgeGraph.Empty, GraphAnalysis.None, SurveyRequest.Default));

        Assert.Contains("no papers", e.Message);
    }

    [Fact]
    public void Outline_GraphWithoutCommunities_IsOneSectionOfAllPapers()
    {
        var outline = SurveyOutliner.Outline(Graph, GraphAnalysis.None, SurveyRequest.Default);

        var only = Assert.Single(outline.Sections);
        Assert.Null(only.Community);
        Assert.Equal(7, only.PaperCount);
        Assert.Equal(["CIFAR-10", "COCO"], only.Targets.Select(t => t.Target.Entity.Name).Take(2));
        SurveyAssert.EveryCitationSupported(outline, Graph, GraphAnalysis.None);
    }

    [Fact]
    public void Outline_Limits_BoundEveryList()
    {
        var outline = Outline(new SurveyRequest { MaxSections = 1, MaxMethods = 1, MaxTargets = 1, MaxMetrics = 0, MaxResults = 1, MaxPapers = 1, MaxCitations = 1, MaxRelated = 1 });

        var section = Assert.Single(outline.Sections);
        Assert.Single(section.Methods);
        Assert.Single(section.Targets);
        Assert.Empty(section.Metrics);
        Assert.Single(section.Results);
        Assert.Single(section.Papers);
        Assert.All(section.Targets, t => Assert.Single(t.EvaluatedMethods));
        Assert.All(section.Tasks.Concat(section.Targets.Select(t => t.Target)), e => Assert.Single(e.Citations));
        var other = Assert.Single(outline.OtherTopics);
        Assert.Equal(1, other.Community);
        SurveyAssert.EveryCitationSupported(outline, Graph, Analysis);
    }

    [Fact]
    public void Outline_CommunityAndTopicTogether_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => Outline(new SurveyRequest { Community = 0, Topic = "GAN" }));
    }
}
