namespace PaperGraph.Extraction;

/// <summary>
/// A description the paper names: "a novel collaborative hybrid assignments training scheme, namely
/// Co-DETR" gives the description "collaborative hybrid assignments training" and the name "Co-DETR";
/// both name one entity, called by the name.
/// </summary>
internal readonly record struct NamingLink(string Description, string Name);
