// One community as a graph for Neo4j Browser: its most central members and the edges between them.
// With papergraph.grass applied, nodes are coloured by their top-level community.
//
// @param community  integer  the community id (from communities.cypher)
// @param limit      integer  how many members to draw, by PageRank (150)
MATCH (n)-[:IN_COMMUNITY]->(:Community {communityId: $community})
WITH n ORDER BY n.pagerank DESC, n.id LIMIT $limit
WITH collect(n) AS shown
UNWIND shown AS a
MATCH (a)-[r]->(b)
WHERE b IN shown
RETURN a, r, b;
// Example output: a graph in Browser (see docs/neo4j.md); in a table, rows of (a, r, b).
