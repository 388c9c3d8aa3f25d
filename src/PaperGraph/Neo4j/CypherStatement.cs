namespace PaperGraph.Neo4j;

/// <summary>
/// One statement for the transaction endpoint. Text comes only from <see cref="CypherStatements"/>
/// templates and validated schema names; every value travels in Parameters.
/// </summary>
internal sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    public CypherStatement(string text) : this(text, new Dictionary<string, object?>()) { }
}
