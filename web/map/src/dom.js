// Every piece of text from the inputs reaches the page through el()/text(): textContent only,
// never innerHTML, so a title or abstract holding markup shows as the characters it is.

export function el(tag, className, content) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (content !== undefined && content !== null) node.textContent = String(content);
  return node;
}

export function append(parent, ...children) {
  for (const child of children) {
    if (child === null || child === undefined) continue;
    parent.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return parent;
}

/** A sentence with the characters [start, end) wrapped in a <mark>. */
export function marked(sentence, start, end) {
  const block = el("q", "pg-sentence");
  if (start >= 0 && end > start && end <= sentence.length) {
    append(block, sentence.slice(0, start), el("mark", null, sentence.slice(start, end)), sentence.slice(end));
  } else {
    block.textContent = sentence;
  }
  return block;
}

/** An outbound link only for http(s) addresses; anything else (javascript:, data:) stays plain text. */
export function safeLink(url, content) {
  let parsed = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (!parsed || (parsed.protocol !== "http:" && parsed.protocol !== "https:")) return el("span", null, content);
  const a = el("a", null, content);
  a.href = parsed.href;
  a.target = "_blank";
  a.rel = "noopener noreferrer";
  return a;
}

export function formatCount(n) {
  return n.toLocaleString("en-US");
}
