using System.Text.Json;

namespace PaperGraph.Neo4j;

/// <summary>The rows and update counters of one statement, as the transaction endpoint returned them.</summary>
internal sealed record StatementResult(IReadOnlyList<string> Columns, IReadOnlyList<JsonElement[]> Rows, UpdateCounters Counters);

/// <summary>The "stats" of a statement run with includeStats.</summary>
internal readonly record struct UpdateCounters(long NodesCreated, long NodesDeleted, long RelationshipsCreated, long RelationshipsDeleted, long PropertiesSet);
