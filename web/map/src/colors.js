// Top-level communities get distinct colours by size (largest first); the long tail of small
// communities gets a muted hue from its id, and nodes in no community are grey.

const PALETTE = [
  "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
  "#9c755f", "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf",
  "#bcbd22", "#6b6ecf", "#e7969c", "#3182bd",
];
const NONE = "#9aa0a6";

export function communityColors(circles) {
  const colors = new Map();
  const bySize = [...circles].sort((a, b) => b.size - a.size || a.community - b.community);
  bySize.forEach((circle, i) => {
    colors.set(circle.community, i < PALETTE.length ? PALETTE[i] : muted(circle.community));
  });
  return colors;
}

export function colorOf(colors, community) {
  return colors.get(community) ?? NONE;
}

/** Papers are drawn in a lighter shade of their community's colour. */
export function lighten(hex, amount) {
  const value = parseInt(hex.slice(1), 16);
  const mix = (c) => Math.round(c + (255 - c) * amount);
  const [r, g, b] = [(value >> 16) & 255, (value >> 8) & 255, value & 255].map(mix);
  return "#" + ((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1);
}

function muted(id) {
  const hue = (id * 137.508) % 360;
  return hslToHex(hue, 0.35, 0.6);
}

function hslToHex(h, s, l) {
  const k = (n) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n) => Math.round(255 * (l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1))));
  return "#" + ((1 << 24) | (f(0) << 16) | (f(8) << 8) | f(4)).toString(16).slice(1);
}
