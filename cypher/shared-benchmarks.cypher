// Methods evaluated on the same datasets and benchmarks as one method, most shared first.
// Same question as `papergraph query shared-benchmarks --method NAME`.
//
// @param method     string   a method id ("method:lora"), or its name or an alias in any case
// @param minShared  integer  only methods that share at least this many (1)
// @param top        integer  at most this many rows (20)
//
// A name shared by several methods picks the one with most papers. The CLI also folds
// punctuation ("ResNet-50" = "resnet50"); here the name must match up to case.
MATCH (m:Method)
WHERE m.id = $method OR toLower(m.name) = toLower($method)
   OR any(alias IN m.aliases WHERE toLower(alias) = toLower($method))
WITH m ORDER BY m.paperCount DESC, m.id LIMIT 1
MATCH (m)-[mine:EVALUATED_ON]->(t)<-[theirs:EVALUATED_ON]-(other:Method)
WHERE other <> m
WITH m, other, t, mine, theirs ORDER BY t.id
WITH m, other, count(t) AS shared,
     collect(t.id) AS benchmarks,
     collect({benchmark: t.name, methodPapers: mine.papers, otherPapers: theirs.papers}) AS evidence
WHERE shared >= $minShared
RETURN m.id AS method, other.id AS other, other.name AS otherName, shared, benchmarks, evidence
ORDER BY shared DESC, other
LIMIT $top;
// Example output on the sample pages (samples/), parameters {"method": "SlowFast", "minShared": 1, "top": 20}:
// | method          | other                   | otherName          | shared | benchmarks                         | evidence                           |
// |-----------------|-------------------------|--------------------|--------|------------------------------------|------------------------------------|
// | method:slowfast | method:i3d              | I3D                | 4      | ["dataset:charade", "dataset:kine… | [{"benchmark": "Charades", "metho… |
// | method:slowfast | method:nonlocal         | non-local          | 4      | ["dataset:charade", "dataset:kine… | [{"benchmark": "Charades", "metho… |
// | method:slowfast | method:resnet50slowfast | ResNet-50 SlowFast | 4      | ["dataset:charade", "dataset:kine… | [{"benchmark": "Charades", "metho… |
// | method:slowfast | method:shape            | shape              | 4      | ["dataset:charade", "dataset:kine… | [{"benchmark": "Charades", "metho… |
