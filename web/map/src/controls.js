// The controls around the map: the status line (what is drawn, and the cap when there is one),
// type filters, the search box, community labels over the map and the colour legend.
import { el, append, formatCount } from "./dom.js";
import { colorOf } from "./colors.js";

const LABELLED_COMMUNITIES = 16;
const LEGEND_COMMUNITIES = 10;

export function createControls({ model, renderer, state, circles, colors, find, select, links }) {
  statusLine(model, renderer.getGraph(), links);
  typeFilters(model, renderer, state);
  searchBox(model, find, select);
  const largest = [...circles].sort((a, b) => b.size - a.size || a.community - b.community);
  communityLabels(model, renderer, largest.slice(0, LABELLED_COMMUNITIES));
  legend(model, renderer, largest.slice(0, LEGEND_COMMUNITIES), colors);
}

function statusLine(model, graph, links) {
  const status = document.getElementById("pg-status");
  const linkText = links.total > graph.size
    ? formatCount(graph.size) + " of " + formatCount(links.total) + " links (those between the most central nodes)"
    : formatCount(graph.size) + " links";
  if (graph.order === 0) {
    status.textContent = "This graph is empty: no papers were read.";
  } else if (model.drawn.capped) {
    status.textContent =
      "Showing " + formatCount(graph.order) + " of " + formatCount(model.counts.nodes) +
      " nodes, the " + formatCount(model.drawn.maxNodes) + " most central by PageRank · " + linkText;
  } else {
    status.textContent = formatCount(graph.order) + " nodes · " + linkText + " · " + formatCount(model.communities.size) + " communities";
  }
}

function typeFilters(model, renderer, state) {
  const box = document.getElementById("pg-filters");
  const counts = new Array(model.types.length).fill(0);
  for (let i = 0; i < model.n; i++) counts[model.type[i]]++;
  model.types.forEach((name, type) => {
    if (counts[type] === 0) return;
    const label = el("label", "pg-filter");
    const box_ = el("input");
    box_.type = "checkbox";
    box_.checked = true;
    box_.dataset.type = name;
    box_.addEventListener("change", () => {
      if (box_.checked) state.hiddenTypes.delete(type);
      else state.hiddenTypes.add(type);
      renderer.scheduleRefresh();
    });
    append(label, box_, " " + name + " ", el("span", "pg-dim", "(" + formatCount(counts[type]) + ")"));
    box.append(label);
  });
}

function searchBox(model, find, select) {
  const input = document.getElementById("pg-search");
  const list = document.getElementById("pg-results");
  let hits = [];
  const close = () => {
    list.hidden = true;
    list.replaceChildren();
  };
  const choose = (node) => {
    close();
    input.value = model.label[node];
    select(node);
  };
  input.addEventListener("input", () => {
    hits = find(input.value, 20);
    list.replaceChildren();
    for (const hit of hits) {
      const item = el("li");
      const button = el("button", "pg-hit");
      button.type = "button";
      append(button, el("span", "pg-hit-name", model.label[hit.node]), el("span", "pg-dim", " " + model.types[model.type[hit.node]]));
      if (hit.alias) append(button, el("span", "pg-hit-alias", " also “" + hit.alias + "”"));
      button.addEventListener("click", () => choose(hit.node));
      item.append(button);
      list.append(item);
    }
    if (hits.length === 0 && input.value.trim() !== "") list.append(el("li", "pg-dim pg-none", "No node named like that"));
    list.hidden = input.value.trim() === "";
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && hits.length > 0) choose(hits[0].node);
    if (event.key === "Escape") close();
  });
}

function communityLabels(model, renderer, circles) {
  const layer = document.getElementById("pg-labels");
  const labels = circles.map((circle) => {
    const div = el("div", "pg-community-label", model.communities.get(circle.community)?.label ?? "");
    layer.append(div);
    return { circle, div };
  });
  // Largest first: a label is shown where its community is big enough on screen and it does not
  // cover a label already placed.
  const place = () => {
    const shown = [];
    for (const { circle, div } of labels) {
      const centre = renderer.graphToViewport({ x: circle.x, y: circle.y });
      const edge = renderer.graphToViewport({ x: circle.x + circle.r, y: circle.y });
      const radius = Math.abs(edge.x - centre.x);
      div.hidden = radius < 40 || div.textContent === "";
      if (div.hidden) continue;
      div.style.maxWidth = Math.min(240, Math.max(150, radius * 2)) + "px";
      div.style.transform = "translate(" + centre.x + "px," + (centre.y - radius) + "px) translate(-50%, -100%)";
      shown.push(div);
    }
    const placed = [];
    for (const div of shown) {
      const box = div.getBoundingClientRect();
      if (placed.some((other) => box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom)) {
        div.hidden = true;
      } else {
        placed.push(box);
      }
    }
  };
  renderer.on("afterRender", place);
  place();
}

function legend(model, renderer, circles, colors) {
  const box = document.getElementById("pg-legend");
  if (circles.length === 0) {
    box.hidden = true;
    return;
  }
  const details = el("details");
  details.open = true;
  append(details, el("summary", null, "Largest communities"));
  const list = el("ul");
  for (const circle of circles) {
    const button = el("button", "pg-legend-item");
    button.type = "button";
    const swatch = el("span", "pg-swatch");
    swatch.style.background = colorOf(colors, circle.community);
    append(button, swatch, el("span", null, model.communities.get(circle.community)?.label ?? "community " + circle.community),
      el("span", "pg-dim", " " + formatCount(circle.size)));
    button.addEventListener("click", () => zoomTo(renderer, circle));
    list.append(append(el("li"), button));
  }
  details.append(list);
  box.append(details);
}

function zoomTo(renderer, circle) {
  const centre = renderer.viewportToFramedGraph(renderer.graphToViewport({ x: circle.x, y: circle.y }));
  const edge = renderer.viewportToFramedGraph(renderer.graphToViewport({ x: circle.x + circle.r, y: circle.y }));
  const radius = Math.hypot(edge.x - centre.x, edge.y - centre.y);
  renderer.getCamera().animate({ x: centre.x, y: centre.y, ratio: Math.max(0.01, radius * 2.4) }, { duration: 400 });
}
