// window.paperGraphMap: a small, read-only handle for tests and scripts (docs/map.md). It exists
// only once the first frame is drawn, so its presence means the page is interactive.

export function publishHook({ model, graph, renderer, state, find, select, marks, links }) {
  const indexOf = new Map(model.id.map((id, i) => [id, i]));
  const papers = model.type.filter((t) => t === 0).length;
  const round = (ms) => Math.round(ms);
  const hook = {
    version: 1,
    ready: true,
    timings: Object.freeze({
      parsedMs: round(marks.parsed),
      laidOutMs: round(marks.laidOut),
      drawnMs: round(marks.drawn),
      interactiveMs: round(marks.interactive),
    }),
    counts: () =>
      Object.freeze({
        nodes: graph.order,
        links: graph.size,
        allLinks: links.total,
        papers,
        entities: graph.order - papers,
        visibleNodes: model.type.filter((t) => !state.hiddenTypes.has(t)).length,
        totalNodes: model.counts.nodes,
        capped: model.drawn.capped,
      }),
    search: (text, limit = 20) =>
      find(String(text), limit).map((hit) =>
        Object.freeze({ id: model.id[hit.node], label: model.label[hit.node], type: model.types[model.type[hit.node]], alias: hit.alias }),
      ),
    select: (id) => {
      if (id === null) {
        select(null);
        return true;
      }
      const i = indexOf.get(String(id));
      if (i === undefined) return false;
      select(i);
      return true;
    },
    selected: () => (state.selected === null ? null : model.id[state.selected]),
    /** Where a node is drawn, in page coordinates (CSS pixels), for a real mouse click. */
    positionOf: (id) => {
      const i = indexOf.get(String(id));
      if (i === undefined) return null;
      const attributes = graph.getNodeAttributes(String(i));
      const point = renderer.graphToViewport({ x: attributes.x, y: attributes.y });
      const box = renderer.getContainer().getBoundingClientRect();
      return Object.freeze({ x: box.left + point.x, y: box.top + point.y });
    },
  };
  Object.defineProperty(window, "paperGraphMap", { value: Object.freeze(hook), writable: false, configurable: false, enumerable: true });
}
