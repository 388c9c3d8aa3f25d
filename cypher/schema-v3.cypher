// PaperGraph schema for Neo4j 3.x (up to 4.3): one uniqueness constraint on id per label.
// `papergraph load neo4j` runs these itself; this file is for loading by other means.
// On 3.x, creating a constraint that exists is a no-op; on 4.0-4.3 it is an error that can be ignored.
// Run each statement on its own (schema changes cannot share a transaction).
CREATE CONSTRAINT ON (n:Paper) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Method) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Dataset) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Benchmark) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Metric) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Task) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Result) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Community) ASSERT n.id IS UNIQUE;
