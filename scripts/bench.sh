#!/usr/bin/env bash
# Runs the benchmarks: starts Azurite on 127.0.0.1 (or reuses one already listening), builds the
# benchmark project in Release, publishes the local runner ReadyToRun (what check and memory start),
# and runs the suites one after another, each ending with its table (every figure with its target
# and PASS/FAIL, or INFO for a figure without a target).
#   scripts/bench.sh                 all five suites: parse, load, summary, check, memory
#   scripts/bench.sh load            one suite
#   scripts/bench.sh check --count 2000 --memory-count 20000   check --json as a process (no Azurite)
#   scripts/bench.sh summary --levels 1000,10000   one suite with its options (see tests/ReportAudit.Benchmarks/README.md)
# AZURITE_CONNECTION points the storage suites at another Azurite (or account); then none is started.
# On a machine shared with other builds, BENCH_LOCK=/path/to/lockfile takes that lock (flock) for the
# build and publish only, not for the runs.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/services.sh

suites=(parse load summary check memory)
extra=()
if [[ $# -gt 0 ]]; then
  case "$1" in
    parse|load|summary|check|memory) suites=("$1"); shift; extra=("$@") ;;
    *) echo "usage: scripts/bench.sh [parse|load|summary|check|memory [options]]" >&2; exit 2 ;;
  esac
fi

locked() {
  if [[ -n ${BENCH_LOCK:-} ]]; then flock -w 1200 "$BENCH_LOCK" "$@"; else "$@"; fi
}

locked dotnet build tests/ReportAudit.Benchmarks -c Release -nologo

# check and memory start the runner as a user should for a short command: published ReadyToRun (precompiled),
# so a run of a few seconds is not spent in the JIT. The plain build output is measured beside it.
runs_runner=false
for s in "${suites[@]}"; do [[ $s == check || $s == memory ]] && runs_runner=true; done
if $runs_runner; then
  locked dotnet publish functions/local/ReportAudit.Local.csproj -c Release -r linux-x64 --self-contained false \
    -o functions/local/bin/Release/r2r -nologo -v q
fi

# check compares itself with pandas.read_html over the same files: Debian's pandas and lxml (PyPI is not
# reachable from these machines). Without them the row says "pandas: not available".
for s in "${suites[@]}"; do
  if [[ $s == check ]] && ! /usr/bin/python3 -c 'import pandas, lxml' 2>/dev/null; then
    echo "Installing Debian's python3-pandas and python3-lxml for the check suite's comparison ..."
    sudo=""
    [[ $(id -u) -ne 0 ]] && sudo="sudo"
    { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3-pandas python3-lxml >/dev/null; } \
      || echo "python3-pandas could not be installed; the check suite reports pandas as not available" >&2
  fi
done

needs_storage=false
for s in "${suites[@]}"; do [[ $s != parse && $s != check ]] && needs_storage=true; done
if $needs_storage && [[ -z ${AZURITE_CONNECTION:-} ]]; then
  install_node_tools
  data="$(mktemp -d)"
  trap 'rc=$?; stop_services; rm -rf "$data" || true; exit $rc' EXIT
  start_azurite "$data/azurite"
fi

echo "Machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
for s in "${suites[@]}"; do
  echo "=== $s ==="
  dotnet run -c Release --no-build --project tests/ReportAudit.Benchmarks -- "$s" "${extra[@]}"
done
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
