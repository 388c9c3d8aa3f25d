// The results reported on one dataset or benchmark: method, metric, value, paper.
// Same question as `papergraph query leaderboard --benchmark NAME [--metric NAME]`.
//
// @param benchmark      string   the id of a dataset or benchmark ("benchmark:imagenet", "dataset:cifar10")
// @param metric         string   a metric id ("metric:fid") to rank one metric, or null for every metric
// @param lowerIsBetter  boolean  true for FID, error rates, perplexity...; false for accuracy, BLEU...;
//                                null when unknown (rows then go by paper). The CLI takes it from
//                                its metric direction table (src/PaperGraph/data/queries/metric-direction.tsv).
//
// Each result is a :Result node that its paper REPORTS, linked to its metric (OF_METRIC), its
// dataset or benchmark (ON_TARGET) and, when the text names it, its method (FOR_METHOD).
// Changes ("+1.3%") are not levels and are left out. Rows go by metric, then best first, then
// paper and method id; a result with no method has method "".
MATCH (p:Paper)-[:REPORTS]->(r:Result)-[:ON_TARGET]->(target)
WHERE target.id = $benchmark AND NOT r.delta
MATCH (r)-[:OF_METRIC]->(metric:Metric)
WHERE $metric IS NULL OR metric.id = $metric
OPTIONAL MATCH (r)-[:FOR_METHOD]->(m:Method)
WITH metric.id AS metric, coalesce(m.id, '') AS method, m.name AS methodName, r.value AS value,
     r.valueText AS valueText, p.id AS paper
RETURN metric, method, methodName, value, valueText, paper
ORDER BY metric,
         CASE WHEN $lowerIsBetter IS NULL THEN 0 WHEN $lowerIsBetter THEN value ELSE -value END,
         paper, method, value;
// Example output on the sample pages (samples/), parameters {"benchmark": "dataset:imagenet", "metric": "metric:top1accuracy", "lowerIsBetter": false}:
// | metric              | method            | methodName   | value | valueText | paper                  |
// |---------------------|-------------------|--------------|-------|-----------|------------------------|
// | metric:top1accuracy | method:onceforall | once-for-all | 80    | 80.0%     | title:b298ba841b9c722f |
