// Search by name or alias: names are folded (case, accents, punctuation, spaces) so "skill it",
// "Skill-It" and "SKILLIT" meet; exact matches first, then prefixes, then substrings, each by PageRank.

export function fold(text) {
  return String(text)
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

export function buildIndex(model) {
  const names = new Array(model.n);
  for (let i = 0; i < model.n; i++) {
    const forms = [{ folded: fold(model.label[i]), alias: null }];
    for (const alias of model.aliases[i] ?? []) forms.push({ folded: fold(alias), alias });
    names[i] = forms;
  }
  return names;
}

export function search(model, index, query, limit = 20) {
  const q = fold(query);
  if (q.length === 0) return [];
  const hits = [];
  for (let i = 0; i < model.n; i++) {
    let best = null;
    for (const form of index[i]) {
      if (form.folded.length === 0) continue;
      const at = form.folded.indexOf(q);
      if (at < 0) continue;
      const score = form.folded === q ? 0 : at === 0 ? 1 : 2;
      if (best === null || score < best.score) best = { node: i, score, alias: form.alias };
    }
    if (best) hits.push(best);
  }
  hits.sort((a, b) => a.score - b.score || model.rank[b.node] - model.rank[a.node] || a.node - b.node);
  return hits.slice(0, limit);
}
