// Positions come from the community hierarchy: nested circle packing (d3-hierarchy), communities
// inside their parents, the most central nodes at the centre of each. It is deterministic, O(n)
// and takes well under a second for 20,000 nodes, so the page needs no force simulation.
import { hierarchy, pack } from "d3-hierarchy";

/** On-screen radius: entities larger than papers, both growing with PageRank (rank is PageRank / max). */
export function nodeSize(model, i) {
  const r = Math.sqrt(Math.max(0, model.rank[i]));
  return model.type[i] === 0 ? 2 + 5 * r : 3 + 11 * r;
}

export function layout(model, sizes) {
  const root = { children: [] };
  const groups = new Map();
  for (let i = 0; i < model.n; i++) {
    const path = model.path[i].length > 0 ? model.path[i] : [-1];
    let parent = root;
    let key = "";
    for (const community of path) {
      key += "/" + community;
      let group = groups.get(key);
      if (!group) {
        group = { community, children: [] };
        groups.set(key, group);
        parent.children.push(group);
      }
      parent = group;
    }
    parent.children.push({ node: i, value: sizes[i] * sizes[i] });
  }

  const x = new Float64Array(model.n);
  const y = new Float64Array(model.n);
  const circles = [];
  if (model.n === 0) return { x, y, circles };

  const tree = hierarchy(root)
    .sum((d) => d.value ?? 0)
    .sort((a, b) => b.value - a.value);
  const side = 2 * Math.sqrt(tree.value * 2.2);
  pack()
    .size([side, side])
    .padding((d) => (d.depth === 0 ? side / 200 : 1.5))(tree);

  for (const leaf of tree.leaves()) {
    if (leaf.data.node === undefined) continue;
    x[leaf.data.node] = leaf.x;
    // Sigma's y axis points up; flip so the page matches the packing's picture.
    y[leaf.data.node] = side - leaf.y;
  }
  for (const group of tree.children ?? []) {
    if (group.data.community === undefined || group.data.community < 0) continue;
    circles.push({ community: group.data.community, x: group.x, y: side - group.y, r: group.r, size: group.leaves().length });
  }
  return { x, y, circles };
}
