// The side panel for a selected node: for an entity its papers, results, evidence sentences and
// related entities; for a paper its entities, results and abstract. Text goes in via textContent.
import { el, append, marked, safeLink, formatCount } from "./dom.js";
import { refName } from "./data.js";

const MAX_LIST = 60;

const RELATION = {
  PROPOSES: ["proposes", "proposed by"],
  USES: ["uses", "used by"],
  EVALUATES_ON: ["evaluates on", "evaluated in"],
  MEASURES: ["measures", "measured in"],
  ADDRESSES: ["addresses", "addressed by"],
  EVALUATED_ON: ["evaluated on", "evaluates"],
  BUILDS_ON: ["builds on", "built on by"],
};

export function renderPanel(container, model, node, select) {
  container.replaceChildren();
  const close = el("button", "pg-close", "×");
  close.type = "button";
  close.title = "Close (Esc)";
  close.addEventListener("click", () => select(null));
  container.append(close);
  if (model.type[node] === 0) paperPanel(container, model, node, select);
  else entityPanel(container, model, node, select);
  container.hidden = false;
  container.scrollTop = 0;
}

function entityPanel(container, model, node, select) {
  append(container, el("h2", "pg-title", model.label[node]));
  append(container, el("p", "pg-meta", model.types[model.type[node]] + " · " + communityLine(model, node)));
  const aliases = model.aliases[node];
  if (aliases && aliases.length) append(container, el("p", "pg-aliases", "Also written: " + aliases.join(", ")));

  const papers = model.neighbors[node].filter((nb) => model.type[nb.node] === 0);
  const proposing = new Set(papers.filter((nb) => model.edgeKinds[nb.kind] === "PROPOSES").map((nb) => nb.node));
  const distinct = [...new Set(papers.map((nb) => nb.node))].sort((a, b) => byYearThenTitle(model, a, b));
  const section = addSection(container, "Papers", distinct.length, model.paperCount[node]);
  const list = el("ul", "pg-list");
  for (const paper of distinct.slice(0, MAX_LIST)) {
    const item = el("li");
    append(item, nodeButton(model, paper, select));
    const year = yearOf(model, paper);
    if (year) append(item, el("span", "pg-dim", " " + year));
    if (proposing.has(paper)) append(item, el("span", "pg-badge", "proposes it"));
    list.append(item);
  }
  section.append(list);
  more(section, distinct.length);

  resultsSection(container, model, node, select);
  evidenceSection(container, model, node, select);
  relatedSection(container, model, node, select);
}

function paperPanel(container, model, node, select) {
  const paper = model.papers[model.paperOfNode[node]];
  append(container, el("h2", "pg-title", paper.title));
  const meta = [paper.year, paper.venue].filter((v) => v !== null && v !== undefined && v !== "").join(" · ");
  append(container, el("p", "pg-meta", "Paper" + (meta ? " · " + meta : "") + " · " + communityLine(model, node)));
  if (paper.authors && paper.authors.length) append(container, el("p", "pg-authors", paper.authors.join(", ")));
  const link = paperLink(model.id[node], paper.url);
  if (link) append(container, append(el("p", "pg-link"), link));

  const entities = model.neighbors[node].filter((nb) => model.type[nb.node] !== 0);
  const byRelation = new Map();
  for (const nb of entities) {
    const relation = relationName(model, nb);
    if (!byRelation.has(relation)) byRelation.set(relation, new Set());
    byRelation.get(relation).add(nb.node);
  }
  const section = addSection(container, "Entities", new Set(entities.map((nb) => nb.node)).size);
  for (const [relation, members] of [...byRelation].sort((a, b) => a[0].localeCompare(b[0]))) {
    const row = el("div", "pg-chips");
    append(row, el("span", "pg-relation", relation + ": "));
    for (const member of [...members].sort((a, b) => model.rank[b] - model.rank[a] || a - b)) row.append(nodeButton(model, member, select, true));
    section.append(row);
  }
  resultsSection(container, model, node, select);
  const abstract = addSection(container, "Abstract");
  if (paper.abstract !== null && paper.abstract !== undefined) {
    abstract.append(el("p", "pg-abstract", paper.abstract));
  } else {
    abstract.append(el("p", "pg-dim", "Not embedded in this page (only the most central papers' abstracts are, in a graph this large); graph.json beside it has it."));
  }
}

function resultsSection(container, model, node, select) {
  const indices = model.resultsOfNode[node];
  if (indices.length === 0) return;
  const section = addSection(container, "Results", indices.length);
  const list = el("ul", "pg-list pg-results-list");
  for (const index of indices.slice(0, MAX_LIST)) {
    const [paperRef, metric, target, method, value, sentence] = model.results[index];
    const item = el("li");
    const line = el("div", "pg-result");
    append(line, el("strong", null, value), " ", refButton(model, metric, select));
    if (target !== null) append(line, " on ", refButton(model, target, select));
    if (method !== null) append(line, " · ", refButton(model, method, select));
    item.append(line);
    if (sentence) item.append(marked(sentence, -1, -1));
    item.append(paperRefLine(model, paperRef, select));
    list.append(item);
  }
  section.append(list);
  more(section, indices.length);
}

function evidenceSection(container, model, node, select) {
  const entry = model.evidence[node];
  if (!entry || entry.items.length === 0) return;
  const section = addSection(container, "Evidence", entry.items.length, entry.total);
  for (const [paperRef, sentence, start, end] of entry.items) {
    const block = el("div", "pg-evidence");
    block.append(marked(sentence, start, end), paperRefLine(model, paperRef, select));
    section.append(block);
  }
}

function relatedSection(container, model, node, select) {
  const related = model.neighbors[node].filter((nb) => model.type[nb.node] !== 0);
  if (related.length === 0) return;
  const section = addSection(container, "Related entities", new Set(related.map((nb) => nb.node)).size);
  const byRelation = new Map();
  for (const nb of related) {
    const relation = relationName(model, nb);
    if (!byRelation.has(relation)) byRelation.set(relation, new Set());
    byRelation.get(relation).add(nb.node);
  }
  for (const [relation, members] of [...byRelation].sort((a, b) => a[0].localeCompare(b[0]))) {
    const row = el("div", "pg-chips");
    append(row, el("span", "pg-relation", relation + ": "));
    const sorted = [...members].sort((a, b) => model.rank[b] - model.rank[a] || a - b);
    for (const member of sorted.slice(0, MAX_LIST)) row.append(nodeButton(model, member, select, true));
    section.append(row);
  }
}

function addSection(container, title, shown, total) {
  const section = el("section", "pg-section");
  let heading = title;
  if (shown !== undefined) heading += " (" + (total !== undefined && total > shown ? formatCount(shown) + " of " + formatCount(total) : formatCount(shown)) + ")";
  section.append(el("h3", null, heading));
  container.append(section);
  return section;
}

function more(section, count) {
  if (count > MAX_LIST) section.append(el("p", "pg-dim", "… and " + formatCount(count - MAX_LIST) + " more"));
}

function nodeButton(model, node, select, chip = false) {
  const button = el("button", chip ? "pg-chip" : "pg-node-link", model.label[node]);
  button.type = "button";
  button.dataset.node = model.id[node];
  button.addEventListener("click", () => select(node));
  return button;
}

function refButton(model, ref, select) {
  return typeof ref === "number" ? nodeButton(model, ref, select) : el("span", null, refName(model, ref));
}

function paperRefLine(model, paperRef, select) {
  const paper = model.papers[paperRef];
  const line = el("div", "pg-source");
  append(line, "— ", paper.node >= 0 ? nodeButton(model, paper.node, select) : el("span", null, paper.title));
  if (paper.year) append(line, el("span", "pg-dim", " " + paper.year));
  return line;
}

function relationName(model, nb) {
  const names = RELATION[model.edgeKinds[nb.kind]] ?? [model.edgeKinds[nb.kind], model.edgeKinds[nb.kind]];
  return nb.outgoing ? names[0] : names[1];
}

function communityLine(model, node) {
  const labels = model.path[node].map((id) => model.communities.get(id)?.label).filter(Boolean);
  return labels.length ? "community " + labels.join(" › ") : "no community";
}

function paperLink(id, url) {
  if (url) return safeLink(url, url);
  if (id.startsWith("arxiv:")) return safeLink("https://arxiv.org/abs/" + id.slice(6), id);
  if (id.startsWith("doi:")) return safeLink("https://doi.org/" + id.slice(4), id);
  return null;
}

function yearOf(model, node) {
  const index = model.paperOfNode[node];
  return index >= 0 ? model.papers[index].year : null;
}

function byYearThenTitle(model, a, b) {
  return (yearOf(model, b) ?? 0) - (yearOf(model, a) ?? 0) || model.label[a].localeCompare(model.label[b]);
}
