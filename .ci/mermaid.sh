#!/usr/bin/env bash
# Renders every Mermaid diagram Touchmap writes for its example, the diff fixtures and the hostile maps with
# mermaid-cli, in one batch (one browser start, see mermaid-render.mjs), so that each really parses and draws. The diagrams are gathered in
# generator-core/target/mermaid/diagrams.md by DiffJourneyTest during the Maven build, which never needs Node.
# mermaid-cli comes from the npm registry, without Puppeteer's own browser: Debian's chromium draws.
set -euo pipefail
cd "$(dirname "$0")/.."

diagrams=generator-core/target/mermaid/diagrams.md
if [ ! -s "$diagrams" ]; then
  echo "no $diagrams: run the generator-core tests first (DiffJourneyTest writes it)" >&2
  exit 1
fi
chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [ -z "$chromium" ]; then
  echo "mermaid-cli needs Chromium, which this machine lacks" >&2
  exit 1
fi

# installed once, outside the build's target/ so that mvn clean keeps it
tools=${MERMAID_CLI_HOME:-$HOME/.cache/touchmap/mermaid-cli}
version=11.4.2
if [ ! -x "$tools/node_modules/.bin/mmdc" ] || [ "$(cat "$tools/version" 2>/dev/null)" != "$version" ]; then
  mkdir -p "$tools"
  (cd "$tools" && PUPPETEER_SKIP_DOWNLOAD=1 npm install --silent --no-audit --no-fund "@mermaid-js/mermaid-cli@$version" >/dev/null)
  echo "$version" > "$tools/version"
fi

out=generator-core/target/mermaid/rendered
rm -rf "$out"
# one browser and one page, the diagrams drawn one after the other
cp .ci/mermaid-render.mjs "$tools/mermaid-render.mjs"
(cd "$tools" && node mermaid-render.mjs "$OLDPWD/$diagrams" "$OLDPWD/$out" "$chromium")
