namespace PaperGraph.Survey;

/// <summary>
/// The request selects nothing to write about: an empty graph, a graph without communities, an unknown
/// community id, a topic that matches nothing. The message is one line meant for the user.
/// </summary>
public sealed class SurveyScopeException(string message) : Exception(message);
