// A method's neighbourhood: the papers that propose it, what it builds on, what builds on it,
// where it is evaluated and the tasks of its papers.
//
// @param method  string  a method id ("method:lora"), or its name or an alias in any case
MATCH (m:Method)
WHERE m.id = $method OR toLower(m.name) = toLower($method)
   OR any(alias IN m.aliases WHERE toLower(alias) = toLower($method))
WITH m ORDER BY m.paperCount DESC, m.id LIMIT 1
OPTIONAL MATCH (m)-[:BUILDS_ON]->(base:Method)
WITH m, base ORDER BY base.id
WITH m, collect(base.name) AS buildsOn
OPTIONAL MATCH (later:Method)-[:BUILDS_ON]->(m)
WITH m, buildsOn, later ORDER BY later.id
WITH m, buildsOn, collect(later.name) AS builtOnBy
OPTIONAL MATCH (m)-[e:EVALUATED_ON]->(t)
WITH m, buildsOn, builtOnBy, t, e ORDER BY e.weight DESC, t.id
WITH m, buildsOn, builtOnBy, collect(t.name) AS evaluatedOn
OPTIONAL MATCH (p:Paper)-[:PROPOSES]->(m)
WITH m, buildsOn, builtOnBy, evaluatedOn, p ORDER BY p.id
WITH m, buildsOn, builtOnBy, evaluatedOn, collect(p.id) AS proposedIn
RETURN m.id AS id, m.name AS name, m.aliases AS aliases, proposedIn, buildsOn, builtOnBy, evaluatedOn, m.paperCount AS papers;
// Example output on the sample pages (samples/), parameters {"method": "SlowFast"}:
// | id              | name     | aliases | proposedIn | buildsOn | builtOnBy | evaluatedOn                        | papers |
// |-----------------|----------|---------|------------|----------|-----------|------------------------------------|--------|
// | method:slowfast | SlowFast | null    | []         | []       | []        | ["Charades", "Kinetics", "Kinetic… | 1      |
