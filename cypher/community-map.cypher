// The largest top-level communities at once, for Neo4j Browser: the most central entities of each
// and the edges between them. With papergraph.grass applied, each community has its own colour.
//
// @param communities   integer  how many of the largest top-level communities to draw (12)
// @param perCommunity  integer  entities drawn per community, by PageRank (10)
MATCH (c:Community)
WHERE c.parent IS NULL
WITH c ORDER BY c.size DESC, c.communityId LIMIT $communities
MATCH (n)-[:IN_COMMUNITY]->(c)
WHERE NOT n:Paper
WITH c, n ORDER BY n.pagerank DESC, n.id
WITH c, collect(n)[0..$perCommunity] AS top
WITH reduce(all = [], members IN collect(top) | all + members) AS shown
UNWIND shown AS a
MATCH (a)-[r]->(b)
WHERE b IN shown
RETURN a, r, b;
// Example output: a graph in Browser, one colour per community (docs/images/neo4j-browser-communities.png).
