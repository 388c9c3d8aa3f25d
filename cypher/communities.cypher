// The top-level communities: label, size, the members with the highest PageRank, sub-communities.
// Same question as `papergraph query community` (no id).
//
// Communities come from the analysis (Leiden, several levels): every node has an IN_COMMUNITY edge
// to its community at each level, a sub-community has a PARENT edge to the one above, and each node
// carries a Community_N label for its top-level community N, so Browser can colour them.
MATCH (c:Community)
WHERE c.parent IS NULL
OPTIONAL MATCH (sub:Community)-[:PARENT]->(c)
WITH c, count(sub) AS subcommunities
RETURN c.communityId AS id, c.label AS label, c.size AS size, c.topMembers AS topMembers, subcommunities
ORDER BY size DESC, id;
// Example output on the sample pages (samples/), parameters {}:
// | id | label                              | size | topMembers                         | subcommunities |
// |----|------------------------------------|------|------------------------------------|----------------|
// | 0  | Machine Unlearning · parameter re… | 43   | ["supervised finetuning", "Attrib… | 5              |
// | 3  | Information Extraction · model me… | 42   | ["meta-learning", "transfer learn… | 7              |
// | 2  | Composed image retrieval · once-f… | 41   | ["instruction tuning", "Scale Eff… | 4              |
// | 4  | Language modeling · SGD · DFN-2B   | 41   | ["accuracy", "Data Filtering Netw… | 5              |
// | 1  | Semantic segmentation · FBNetV5 ·… | 39   | ["ImageNet", "ONE-PEACE: Explorin… | 3              |
// | 5  | Code generation · Inference-Time … | 36   | ["Where to find Grokking in LLM P… | 5              |
// ... 33 more rows
