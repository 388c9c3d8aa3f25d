// Reads the page's data block (written by HtmlMapWriter, schema papergraph/map@1) into plain
// arrays indexed by node number, plus the adjacency and per-node result lists the panel needs.

export const SCHEMA = "papergraph/map@1";

export function readData(elementId) {
  const element = document.getElementById(elementId);
  if (!element) throw new Error("the page has no data block #" + elementId);
  const data = JSON.parse(element.textContent);
  if (data.schema !== SCHEMA) throw new Error("unexpected map data schema " + data.schema);
  return model(data);
}

function model(data) {
  const nodes = data.nodes;
  const n = nodes.id.length;
  const aliases = new Array(n).fill(null);
  for (const [node, ...names] of data.aliases) aliases[node] = names;

  const paperOfNode = new Int32Array(n).fill(-1);
  data.papers.forEach((paper, index) => {
    if (paper.node >= 0) paperOfNode[paper.node] = index;
  });

  const neighbors = Array.from({ length: n }, () => []);
  const edges = data.edges;
  for (let i = 0; i < edges.length; i += 3) {
    const [source, target, kind] = [edges[i], edges[i + 1], edges[i + 2]];
    neighbors[source].push({ node: target, kind, outgoing: true });
    neighbors[target].push({ node: source, kind, outgoing: false });
  }

  const evidence = new Array(n).fill(null);
  for (const entry of data.evidence) evidence[entry.node] = entry;

  const resultsOfNode = Array.from({ length: n }, () => []);
  data.results.forEach((result, index) => {
    const touched = new Set();
    const paperNode = data.papers[result[0]].node;
    for (const ref of [paperNode, result[1], result[2], result[3]]) {
      if (typeof ref === "number" && ref >= 0 && !touched.has(ref)) {
        touched.add(ref);
        resultsOfNode[ref].push(index);
      }
    }
  });

  const communities = new Map(data.communities.map((c) => [c.id, c]));
  return {
    counts: data.counts,
    drawn: data.drawn,
    types: data.types,
    edgeKinds: data.edgeKinds,
    n,
    id: nodes.id,
    label: nodes.label,
    type: nodes.type,
    rank: nodes.rank,
    path: nodes.path,
    paperCount: nodes.papers,
    aliases,
    papers: data.papers,
    paperOfNode,
    edgeCount: edges.length / 3,
    neighbors,
    evidence,
    results: data.results,
    resultsOfNode,
    communities,
  };
}

/** The name of a result's metric, target or method: a node's label, or the name of an entity not drawn. */
export function refName(model, ref) {
  if (typeof ref === "number") return model.label[ref];
  return ref ?? "";
}
