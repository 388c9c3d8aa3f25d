// The members of one community (any level), highest PageRank first.
// Same question as `papergraph query community ID`.
//
// @param community  integer  the community id (from communities.cypher)
// @param top        integer  at most this many members (50)
MATCH (n)-[:IN_COMMUNITY]->(c:Community {communityId: $community})
RETURN n.id AS id, coalesce(n.name, n.title) AS name,
       [label IN labels(n) WHERE NOT label STARTS WITH 'Community_'][0] AS type,
       n.pagerank AS pagerank
ORDER BY pagerank DESC, id
LIMIT $top;
// Example output on the sample pages (samples/), parameters {"community": 3, "top": 5}:
// | id                      | name                               | type   | pagerank              |
// |-------------------------|------------------------------------|--------|-----------------------|
// | method:metalearning     | meta-learning                      | Method | 0.004340005982409048  |
// | method:transferlearning | transfer learning                  | Method | 0.004007223472833209  |
// | title:b231a1c30d8ea144  | Name Tagging Under Domain Shift v… | Paper  | 0.0038497469677588603 |
// | title:a9eaf8602ab2d5f2  | NEVIS'22: A Stream of 100 Tasks S… | Paper  | 0.0032072821075044737 |
// | title:1a7cac69f2cf01f5  | A Deep Learning Framework for Lif… | Paper  | 0.0025833180099740184 |
