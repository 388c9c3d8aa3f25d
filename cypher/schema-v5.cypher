// PaperGraph schema for Neo4j 4.4, 5.x and 2025.x: one named uniqueness constraint on id per label.
// `papergraph load neo4j` runs these itself; this file is for loading by other means
// (after `neo4j-admin database import full`, which creates no constraints). IF NOT EXISTS makes it
// safe to run again.
CREATE CONSTRAINT papergraph_paper_id IF NOT EXISTS FOR (n:Paper) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT papergraph_method_id IF NOT EXISTS FOR (n:Method) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT papergraph_dataset_id IF NOT EXISTS FOR (n:Dataset) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT papergraph_benchmark_id IF NOT EXISTS FOR (n:Benchmark) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT papergraph_metric_id IF NOT EXISTS FOR (n:Metric) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT papergraph_task_id IF NOT EXISTS FOR (n:Task) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT papergraph_result_id IF NOT EXISTS FOR (n:Result) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT papergraph_community_id IF NOT EXISTS FOR (n:Community) REQUIRE n.id IS UNIQUE;
