// The pairs of methods evaluated on the most datasets and benchmarks in common.
// Same question as `papergraph query shared-benchmarks` (no --method).
//
// @param minShared  integer  only pairs that share at least this many (1)
// @param top        integer  at most this many pairs (20)
//
// Each pair appears once, the method with the smaller id first. On a large graph, a high
// minShared keeps the intermediate result small.
MATCH (a:Method)-[:EVALUATED_ON]->(t)<-[:EVALUATED_ON]-(b:Method)
WHERE a.id < b.id
WITH a, b, t ORDER BY t.id
WITH a, b, count(t) AS shared, collect(t.id) AS benchmarks
WHERE shared >= $minShared
RETURN a.id AS method, a.name AS methodName, b.id AS other, b.name AS otherName, shared, benchmarks
ORDER BY shared DESC, method, other
LIMIT $top;
// Example output on the sample pages (samples/), parameters {"minShared": 2, "top": 5}:
// | method       | methodName             | other                   | otherName          | shared | benchmarks                         |
// |--------------|------------------------|-------------------------|--------------------|--------|------------------------------------|
// | method:dfn   | data filtering network | method:dfn5b            | DFN-5B             | 4      | ["dataset:datacomp1b", "dataset:d… |
// | method:dfn   | data filtering network | method:vith             | ViT-H              | 4      | ["dataset:datacomp1b", "dataset:d… |
// | method:dfn5b | DFN-5B                 | method:vith             | ViT-H              | 4      | ["dataset:datacomp1b", "dataset:d… |
// | method:i3d   | I3D                    | method:nonlocal         | non-local          | 4      | ["dataset:charade", "dataset:kine… |
// | method:i3d   | I3D                    | method:resnet50slowfast | ResNet-50 SlowFast | 4      | ["dataset:charade", "dataset:kine… |
