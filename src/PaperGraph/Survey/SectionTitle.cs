namespace PaperGraph.Survey;

/// <summary>A section's heading and the heading of its methods list ("Object detection" / "Object detection methods").</summary>
internal sealed record SectionTitle(string Title, string MethodsHeading);
