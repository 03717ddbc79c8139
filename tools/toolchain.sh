#!/usr/bin/env bash
# Sets up everything the project needs, then runs one npm script with it.
#
#   bash tools/toolchain.sh <npm-script> [--browser] [arguments for the script]
#
# 1. Node: uses the machine's Node when it is 22.12 or later; otherwise fetches a
#    pinned Node from the npm registry (package node-linux-<arch>), checks it against
#    the sha512 pinned below, and unpacks it into .tools/ (ignored by git).
# 2. Dependencies: runs `npm install --no-save` when node_modules is missing or older
#    than package.json or package-lock.json: it installs what the lockfile says and never
#    writes the lockfile. (`npm ci` rejects this lockfile: some optional platform packages
#    are missing from the registry it was written against, so npm left them out; see README.)
# 3. Browser (with --browser): makes sure there is a Chromium: $CHROMIUM_PATH; Debian's
#    /usr/bin/chromium (PDFs, Lighthouse) and /usr/bin/chromium-headless-shell (browser
#    tests); or Playwright's own, which comes with its headless shell. As root with apt-get,
#    it installs whichever of Debian's two is missing; if that fails (no mirror, or Ubuntu,
#    which has no plain `chromium` package), and always as any other user, it uses Debian's
#    full browser alone if there is one (slower tests, said so), else fetches Playwright's.
#    It also looks for Java, which the W3C Nu HTML checker needs, and says if there is none.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$PWD

NODE_VERSION=24.21.0
declare -A NODE_SHA512=(
  [x64]='sha512-3nULszZ5X0fciYpG0t6TrdApJzAn8+FlINP6OiMX7V8HrvpATPN936U1LlReOJriLRa4e8yEqQBYCnLyPNAs7Q=='
  [arm64]='sha512-FpJRPEz2OvvTLfjIOlNGFY9JLPMKgl5m+d4oGYBLg24kJ1mmvN1Zl/HPJgF4HDaJ51ISev1l1cRZ/DM+keXW5g=='
)

say() { printf '[toolchain] %s\n' "$*" >&2; }
die() { printf '[toolchain] error: %s\n' "$*" >&2; exit 1; }

node_is_recent() {
  # True when the `node` on PATH is 22.12 or later.
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)' 2>/dev/null
}

ensure_node() {
  local dir="$root/.tools/node-v$NODE_VERSION"
  if [ -x "$dir/bin/node" ]; then
    export PATH="$dir/bin:$PATH"
  fi
  if node_is_recent; then
    return
  fi
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) arch=x64 ;;
    Linux-aarch64) arch=arm64 ;;
    *) die "Node $(node -v 2>/dev/null || echo '(none)') is too old and there is no pinned Node for $(uname -sm). Install Node 22.12 or later and run this again." ;;
  esac
  command -v npm >/dev/null 2>&1 || die "npm is needed to fetch Node. Install Node 22.12 or later and run this again."
  say "Node $(node -v 2>/dev/null || echo '(none)') is older than 22.12: fetching Node $NODE_VERSION from the npm registry"
  local tmp
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent "node-linux-$arch@$NODE_VERSION" >/dev/null 2>"$tmp/npm.log") \
    || { cat "$tmp/npm.log" >&2; die "could not fetch node-linux-$arch@$NODE_VERSION"; }
  local tgz="$tmp/node-linux-$arch-$NODE_VERSION.tgz"
  local got
  got="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)"
  [ "$got" = "${NODE_SHA512[$arch]}" ] || die "the Node tarball's checksum is $got, expected ${NODE_SHA512[$arch]}"
  mkdir -p "$dir"
  tar -xzf "$tgz" -C "$dir" --strip-components=1
  rm -rf "$tmp"
  [ -x "$dir/bin/node" ] || die "the Node package did not contain bin/node"
  export PATH="$dir/bin:$PATH"
  node_is_recent || die "the fetched Node does not run on this machine"
}

ensure_deps() {
  local stamp=node_modules/.package-lock.json
  if [ ! -f "$stamp" ] || [ package.json -nt "$stamp" ] || { [ -f package-lock.json ] && [ package-lock.json -nt "$stamp" ]; }; then
    say "installing dependencies with Node $(node -v)"
    npm install --no-save --no-audit --no-fund
  fi
}

ensure_browser() {
  # Two Chromiums from one engine: the full browser makes the PDFs and runs Lighthouse; the
  # headless shell runs the browser tests, at a third of the CPU time (tools/chromium.ts).
  if [ -n "${CHROMIUM_PATH:-}" ]; then
    [ -x "$CHROMIUM_PATH" ] || die "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable"
    return
  fi
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/chromium-headless-shell ] || missing+=(chromium-headless-shell)
  [ ${#missing[@]} = 0 ] && return
  if node -e 'const fs=require("fs");process.exit(fs.existsSync(require("playwright-core").chromium.executablePath())?0:1)' 2>/dev/null; then
    return # Playwright's own Chromium, fetched with its headless shell
  fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing Debian's ${missing[*]} (the full browser makes the PDFs; the headless shell runs the browser tests)"
    export DEBIAN_FRONTEND=noninteractive
    if apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null && [ -x /usr/bin/chromium ]; then
      return
    fi
    say "apt-get could not install ${missing[*]} (no Debian mirror, or not Debian)"
  fi
  if [ -x /usr/bin/chromium ]; then
    say "no chromium-headless-shell: the browser tests will run in the full Chromium, which takes about twice as long"
    return
  fi
  say "fetching Playwright's Chromium and its headless shell"
  node_modules/.bin/playwright install chromium \
    || die "no Chromium for the browser tests and the PDFs. Install one (Debian: apt-get install chromium chromium-headless-shell) or set CHROMIUM_PATH."
}

ensure_java() {
  # The W3C Nu HTML checker (vnu-jar) runs on Java 8 or later. Without it the browser tests
  # skip that one check and say so, except under CI=true, where a missing Java fails it.
  if command -v java >/dev/null 2>&1; then
    return
  fi
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    export PATH="$JAVA_HOME/bin:$PATH"
    return
  fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing a Java runtime for the W3C Nu HTML checker"
    export DEBIAN_FRONTEND=noninteractive
    if apt-get update -qq && apt-get install -y -qq default-jre-headless >/dev/null && command -v java >/dev/null 2>&1; then
      return
    fi
  fi
  say "WARNING: no Java found (java on PATH or JAVA_HOME): the W3C Nu HTML checker cannot run."
  say "Install a Java runtime (Debian: apt-get install default-jre-headless) for the full test run."
}

[ $# -ge 1 ] || die "usage: bash tools/toolchain.sh <npm-script> [--browser]"
script=$1
shift
want_browser=0
args=()
for arg in "$@"; do
  if [ "$arg" = --browser ]; then want_browser=1; else args+=("$arg"); fi
done

export ASTRO_TELEMETRY_DISABLED=1
ensure_node
ensure_deps
if [ "$want_browser" = 1 ]; then
  ensure_browser
  ensure_java
fi
# Anything else on the command line goes to the script: npm run bench -- --no-lighthouse.
exec npm run --silent "$script" -- "${args[@]}"
