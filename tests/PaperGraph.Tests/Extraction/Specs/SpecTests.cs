using PaperGraph.Extraction;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Extraction.Specs;

/// <summary>
/// Runs the example files in this folder (*.md): each "## " section is a title and abstract with the
/// entities the extractor must find ("- Method "Group DETR" proposed") and must not ("- none "X"").
/// </summary>
public class SpecTests
{
    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var example in SpecFile.ReadAll(Folder)) data.Add(example.File, example.Name);
        return data;
    }

    private static string Folder => Path.Combine(SharedData.RepositoryRoot, "tests", "PaperGraph.Tests", "Extraction", "Specs");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Extract_SpecExample_MeetsExpectations(string file, string name)
    {
        var example = SpecFile.ReadAll(Folder).Single(e => e.File == file && e.Name == name);
        var extraction = Extractor.Default.Extract(TestExtraction.Paper(example.Title, example.Abstract));
        foreach (var expected in example.Expectations)
        {
            var entity = extraction.Find(expected.Surface);
            if (expected.Absent)
            {
                Assert.True(entity is null, $"'{expected.Surface}' should not be an entity, found {entity?.Type} '{entity?.Name}'");
                continue;
            }
            Assert.True(entity is not null, $"'{expected.Surface}' not found; entities: {string.Join(", ", extraction.Entities.Select(e => e.Type + " " + e.Name))}");
            Assert.Equal(expected.Type, entity.Type);
            if (expected.Role is { } role) Assert.Equal(role, entity.Role);
            if (expected.Name is { } canonical) Assert.Equal(canonical, entity.Name);
        }
    }
}
