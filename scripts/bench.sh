#!/usr/bin/env bash
# Runs the benchmarks: starts Azurite on 127.0.0.1 (or reuses one already listening), builds the
# benchmark project in Release and runs the suites one after another, each ending with its table.
#   scripts/bench.sh                 all four suites: parse, load, summary, check
#   scripts/bench.sh load            one suite
#   scripts/bench.sh check --count 2000 --memory-count 20000   check --json as a process (no Azurite)
#   scripts/bench.sh summary --levels 1000,10000   one suite with its options (see tests/ReportAudit.Benchmarks/README.md)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/services.sh

suites=(parse load summary check)
extra=()
if [[ $# -gt 0 ]]; then
  case "$1" in
    parse|load|summary|check) suites=("$1"); shift; extra=("$@") ;;
    *) echo "usage: scripts/bench.sh [parse|load|summary|check [options]]" >&2; exit 2 ;;
  esac
fi

dotnet build tests/ReportAudit.Benchmarks -c Release -nologo

needs_storage=false
for s in "${suites[@]}"; do [[ $s != parse && $s != check ]] && needs_storage=true; done
if $needs_storage; then
  install_node_tools
  data="$(mktemp -d)"
  trap 'rc=$?; stop_services; rm -rf "$data" || true; exit $rc' EXIT
  start_azurite "$data/azurite"
fi

for s in "${suites[@]}"; do
  echo "=== $s ==="
  dotnet run -c Release --no-build --project tests/ReportAudit.Benchmarks -- "$s" "${extra[@]}"
done
