#!/usr/bin/env node
// Checks every Cypher 5 statement of cypher/ (all *.cypher files except the *-v3.cypher ones) and,
// with --templates FILE, every template the loader sends to Neo4j 4.4+/5 (the JSON printed by
// `papergraph load neo4j --cypher-templates`) with Neo4j's own Cypher 5 front end, offline, from the
// npm package @neo4j-cypher/language-support. Errors and warnings (deprecations included) fail.
//
//   cd scripts && npm ci && node lint-cypher.mjs --templates /tmp/templates.json
//
// Files are read as tests/PaperGraph.Tests/Neo4j/CypherFile.cs reads them: comment lines dropped,
// statements split at a ';' that ends a line, parameters declared by "// @param name ..." lines.
// Functions and procedures are checked against the Neo4j 5 built-ins the package ships (testData.mockSchema).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const templatesFile = args.includes('--templates') ? args[args.indexOf('--templates') + 1] : null;
if (args.includes('--templates') && !templatesFile) usage('--templates needs a file');
const cypherDir = args.includes('--dir') ? args[args.indexOf('--dir') + 1] : join(root, 'cypher');

const builtins = { functions: testData.mockSchema.functions, procedures: testData.mockSchema.procedures };
const dump = templatesFile ? JSON.parse(readFileSync(templatesFile, 'utf8')) : null;
if (dump && !(Array.isArray(dump.templates) && dump.templates.length > 0)) usage(`${templatesFile} holds no "templates" array`);

let problems = 0;
let checked = 0;

// The linter must see what Neo4j 5 refuses; if it does not, a green result would mean nothing.
const probe = lint('CREATE CONSTRAINT ON (n:Paper) ASSERT n.id IS UNIQUE', []);
if (!probe.some((d) => d.severity === 1)) {
  console.error('lint-cypher: the Cypher 5 front end accepted the 3.x constraint syntax: the linter is not working');
  process.exit(2);
}

for (const name of readdirSync(cypherDir).filter((f) => f.endsWith('.cypher') && !f.endsWith('-v3.cypher')).sort()) {
  const text = readFileSync(join(cypherDir, name), 'utf8');
  const params = [...text.matchAll(/^\/\/\s*@param\s+(\w+)\s/gm)].map((m) => m[1]);
  const statements = statementsOf(text);
  if (statements.length === 0) report(`${name}: no statement`);
  statements.forEach((s, i) => check(`${name} statement ${i + 1}`, s, params));
}
if (dump) {
  dump.templates.forEach((t, i) => check(`loader template ${i + 1}`, t, [...t.matchAll(/\$(\w+)/g)].map((m) => m[1])));
}

console.log(`lint-cypher: ${checked} statements checked, ${problems} problems`);
process.exit(problems === 0 ? 0 : 1);

function statementsOf(text) {
  const code = text.split('\n').filter((l) => !l.trimStart().startsWith('//')).join('\n');
  return code.split(/;[ \t]*(?:\n|$)/).map((s) => s.trim()).filter((s) => s.length > 0);
}

function lint(statement, params) {
  const parameters = Object.fromEntries(params.map((p) => [p, null]));
  return lintCypherQuery(statement, { ...builtins, parameters }).diagnostics;
}

function check(where, statement, params) {
  checked++;
  for (const d of lint(statement, params)) {
    const { line, character } = d.range.start;
    const kind = d.severity === 1 ? 'error' : 'warning';
    report(`${where} (line ${line + 1}, column ${character + 1}): ${kind}: ${d.message}\n    ${statement.split('\n')[line] ?? ''}`);
  }
}

function report(message) {
  problems++;
  console.error(`lint-cypher: ${message}`);
}

function usage(message) {
  console.error(`lint-cypher: ${message}\nusage: node lint-cypher.mjs [--templates FILE] [--dir CYPHER_DIR]`);
  process.exit(2);
}
