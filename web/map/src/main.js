// Entry point of the map page: reads the embedded data, lays it out, draws it with sigma (WebGL)
// and wires search, type filters, community labels, the side panel and the test hook.
import Graph from "graphology";
import Sigma from "sigma";
import { EdgeLineProgram } from "sigma/rendering";
import { readData } from "./data.js";
import { layout, nodeSize } from "./layout.js";
import { buildIndex, search } from "./search.js";
import { communityColors, colorOf, lighten } from "./colors.js";
import { renderPanel } from "./panel.js";
import { createControls } from "./controls.js";
import { publishHook } from "./hook.js";
import { el } from "./dom.js";

const FADED = "#e4e7ec";
// Past this many links a full redraw in a software-rendered browser takes seconds and the picture
// is a grey mat anyway; the panel still lists every link of a node (docs/map.md).
const MAX_DRAWN_LINKS = 50000;
// Past this many, links are drawn as 1-pixel GL lines instead of antialiased quads: about twice as fast.
const THIN_LINKS = 5000;

function main() {
  const marks = {};
  const model = readData("pg-data");
  marks.parsed = performance.now();

  const sizes = Float64Array.from({ length: model.n }, (_, i) => nodeSize(model, i));
  const { x, y, circles } = layout(model, sizes);
  marks.laidOut = performance.now();

  const colors = communityColors(circles);
  const graph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  for (let i = 0; i < model.n; i++) {
    const path = model.path[i];
    const base = colorOf(colors, path.length ? path[0] : -1);
    graph.addNode(String(i), {
      x: x[i],
      y: y[i],
      size: sizes[i],
      label: model.label[i],
      color: model.type[i] === 0 ? lighten(base, 0.45) : base,
      kind: model.type[i],
    });
  }
  const links = drawnLinks(model);
  for (const [a, b] of links.pairs) graph.addEdge(String(a), String(b), { size: 0.5 });

  const state = { hiddenTypes: new Set(), selected: null, focus: new Set() };
  const container = document.getElementById("pg-map");
  const renderer = new Sigma(graph, container, {
    renderEdgeLabels: false,
    edgeProgramClasses: links.pairs.length > THIN_LINKS ? { line: EdgeLineProgram } : {},
    hideEdgesOnMove: graph.size > 20000,
    hideLabelsOnMove: graph.order > 20000,
    labelRenderedSizeThreshold: 9,
    labelDensity: 0.6,
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    labelSize: 12,
    defaultEdgeColor: "#d5dae1",
    // Sorting 100k+ items by z-index costs a frame; only a selection needs its nodes drawn on top.
    zIndex: false,
    minCameraRatio: 0.005,
    maxCameraRatio: 3,
    nodeReducer: (key, data) => {
      if (state.hiddenTypes.has(data.kind)) return { ...data, hidden: true };
      if (state.selected === null) return data;
      const i = Number(key);
      if (i === state.selected) return { ...data, highlighted: true, forceLabel: true, zIndex: 2 };
      if (state.focus.has(i)) return { ...data, zIndex: 1, forceLabel: state.focus.size <= 25 };
      return { ...data, color: FADED, label: null, zIndex: 0 };
    },
    edgeReducer: (key, data) => {
      if (state.selected === null) return data;
      return graph.hasExtremity(key, String(state.selected)) ? { ...data, color: "#7b8494", size: 1 } : { ...data, hidden: true };
    },
  });
  marks.drawn = performance.now();

  const panel = document.getElementById("pg-panel");
  const select = (node) => {
    state.selected = node;
    state.focus = new Set(node === null ? [] : model.neighbors[node].map((nb) => nb.node));
    document.getElementById("pg-labels").classList.toggle("pg-faded", node !== null);
    if (node === null) {
      panel.hidden = true;
      panel.replaceChildren();
    } else {
      renderPanel(panel, model, node, select);
      const target = framing(renderer, [node, ...state.focus], panel.offsetWidth);
      if (target) renderer.getCamera().animate(target, { duration: 350 });
    }
    renderer.setSetting("zIndex", node !== null);
  };
  renderer.on("clickNode", ({ node }) => select(Number(node)));
  renderer.on("clickStage", () => select(null));
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && state.selected !== null) select(null);
  });

  const index = buildIndex(model);
  const find = (text, limit) => search(model, index, text, limit);
  createControls({ model, renderer, state, circles, colors, find, select, links });

  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      marks.interactive = performance.now();
      publishHook({ model, graph, renderer, state, find, select, marks, links });
    }),
  );
}

/**
 * The camera that shows a node and its neighbours in the part of the map the panel leaves free:
 * their bounding box, a margin around it, shifted left by half the panel's width.
 */
function framing(renderer, nodes, panelWidth) {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const node of nodes) {
    const d = renderer.getNodeDisplayData(String(node));
    if (!d) continue;
    [minX, minY, maxX, maxY] = [Math.min(minX, d.x), Math.min(minY, d.y), Math.max(maxX, d.x), Math.max(maxY, d.y)];
  }
  if (minX === Infinity) return null;
  const { width, height } = renderer.getDimensions();
  const free = Math.max(0.3, (width - panelWidth) / width);
  const ratio = Math.min(1.2, Math.max(0.04, (Math.max(maxX - minX, maxY - minY) * 1.4) / free));
  const state = { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio, angle: 0 };
  const centre = renderer.framedGraphToViewport(state, { cameraState: state });
  const shifted = renderer.viewportToFramedGraph({ x: centre.x + panelWidth / 2, y: centre.y }, { cameraState: state });
  return { ...state, x: shifted.x };
}

/**
 * Distinct node pairs to draw. When there are more than MAX_DRAWN_LINKS, the links between the most
 * central nodes are kept: a link ranks by the smaller PageRank of its two ends.
 */
function drawnLinks(model) {
  const seen = new Set();
  const pairs = [];
  for (let i = 0; i < model.n; i++) {
    for (const nb of model.neighbors[i]) {
      if (nb.node === i) continue;
      const [a, b] = i < nb.node ? [i, nb.node] : [nb.node, i];
      const key = a * model.n + b;
      if (seen.has(key)) continue;
      seen.add(key);
      pairs.push([a, b]);
    }
  }
  const total = pairs.length;
  if (total > MAX_DRAWN_LINKS) {
    const score = ([a, b]) => Math.min(model.rank[a], model.rank[b]);
    pairs.sort((p, q) => score(q) - score(p) || p[0] - q[0] || p[1] - q[1]);
    pairs.length = MAX_DRAWN_LINKS;
  }
  return { pairs, total, max: MAX_DRAWN_LINKS };
}

try {
  main();
} catch (error) {
  const status = document.getElementById("pg-status");
  if (status) {
    status.replaceChildren(el("span", "pg-error", "The map could not be drawn: " + (error && error.message ? error.message : String(error))));
  }
  console.error(error);
}
