#!/usr/bin/env bash
# Rebuilds the map page's script from the locked npm packages into the file the library embeds:
#   web/map/src/*.js + sigma, graphology, d3-hierarchy  ->  src/PaperGraph/Export/Map/assets/map.js
# The bundle is committed, so `dotnet build` needs no Node.js; run this after changing web/map/src
# or package-lock.json. The first line names the locked versions (a test checks it against the lock).
set -euo pipefail
cd "$(dirname "$0")"
out=../../src/PaperGraph/Export/Map/assets/map.js

npm ci --no-audit --no-fund --loglevel=error

# "name@version (licence)" for every package the page ships (not the dev-only bundler), from the lock.
shipped=$(node -e '
  const lock = require("./package-lock.json");
  const names = Object.entries(lock.packages)
    .filter(([path, p]) => path.startsWith("node_modules/") && !p.dev)
    .map(([path, p]) => path.slice("node_modules/".length) + "@" + p.version + " (" + p.license + ")")
    .sort();
  console.log(names.join(", "));')
esbuild_version=$(node -p 'require("./package-lock.json").packages["node_modules/esbuild"].version')

./node_modules/.bin/esbuild src/main.js --bundle --minify --format=iife --target=es2020 \
  --legal-comments=none --charset=ascii --log-level=warning \
  --banner:js="/*! PaperGraph map (web/map/build.sh, esbuild@$esbuild_version). Bundles: $shipped. Licences at the end. */" \
  --outfile="$out.tmp"

{
  echo
  echo "/*"
  node -e '
    const lock = require("./package-lock.json");
    const fs = require("fs");
    for (const [path, p] of Object.entries(lock.packages).sort()) {
      if (!path.startsWith("node_modules/") || p.dev) continue;
      const dir = path;
      const file = fs.readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
      const text = file ? fs.readFileSync(dir + "/" + file, "utf8") : p.license + " (no licence file in the package)";
      console.log("--- " + path.slice("node_modules/".length) + "@" + p.version + "\n" + text.replaceAll("*/", "* /").trim() + "\n");
    }'
  echo "*/"
} >> "$out.tmp"

# The bundle is inlined in a <script> element: it must never contain a closing tag.
if grep -qi '</script' "$out.tmp"; then
  echo "build.sh: the bundle contains </script; it cannot be inlined" >&2
  rm -f "$out.tmp"
  exit 1
fi
mv "$out.tmp" "$out"
echo "wrote $out ($(wc -c < "$out") bytes)"
