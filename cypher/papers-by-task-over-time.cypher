// How many papers address a task, year by year.
//
// @param task  string  a task id ("task:image_classification"), or its name or an alias in any case
MATCH (t:Task)
WHERE t.id = $task OR toLower(t.name) = toLower($task)
   OR any(alias IN t.aliases WHERE toLower(alias) = toLower($task))
WITH t ORDER BY t.paperCount DESC, t.id LIMIT 1
MATCH (p:Paper)-[:ADDRESSES]->(t)
WHERE p.year IS NOT NULL
RETURN t.name AS task, p.year AS year, count(p) AS papers
ORDER BY year;
// Example output on the sample pages (samples/), parameters {"task": "continual learning"}:
// | task               | year | papers |
// |--------------------|------|--------|
// | continual learning | 2021 | 2      |
// | continual learning | 2022 | 5      |
// | continual learning | 2023 | 5      |
// | continual learning | 2024 | 7      |
