using PaperGraph.Pipeline;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Survey;

/// <summary>The real output of `papergraph build samples`, built once for the survey tests and deleted after.</summary>
public sealed class SampleBuildFixture : IDisposable
{
    public SampleBuildFixture()
    {
        Folder = Directory.CreateTempSubdirectory("papergraph-survey-samples-").FullName;
        new PaperPipeline().Build([Path.Combine(SharedData.RepositoryRoot, "samples")], Folder);
    }

    public string Folder { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
