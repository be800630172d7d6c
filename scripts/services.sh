#!/usr/bin/env bash
# Starts and stops the local stand-ins for Azure Storage (Azurite) and SMTP (MailDev), on 127.0.0.1
# only. Sourced by scripts/test.sh and scripts/run-local.sh.
#   start_azurite DATA_DIR     Blob 10000, Queue 10001, Table 10002
#   start_maildev              SMTP 1025, web/REST 1080
#   stop_services              stops what this shell started

_started_pids=()

install_node_tools() {
  if [[ ! -x node_modules/.bin/azurite || ! -x node_modules/.bin/maildev ]]; then
    echo "Installing Azurite and MailDev from npm (pinned in package.json) ..."
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

# Debian's Chromium for the browser tests (Playwright drives it; no browser download).
install_chromium() {
  if command -v chromium >/dev/null 2>&1; then return 0; fi
  echo "Installing Debian's chromium for the browser tests ..."
  local sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
}

_wait_for_port() {
  local port=$1 name=$2
  for _ in $(seq 1 60); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then return 0; fi
    sleep 0.5
  done
  echo "$name did not start on 127.0.0.1:$port" >&2
  return 1
}

_port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_azurite() {
  local data=$1
  if _port_in_use 10000; then
    echo "Azurite already listening on 127.0.0.1:10000; using it."
    return 0
  fi
  mkdir -p "$data"
  node_modules/.bin/azurite --silent --location "$data" \
    --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 --skipApiVersionCheck --loose \
    > "$data/azurite.log" 2>&1 &
  _started_pids+=($!)
  _wait_for_port 10000 Azurite && _wait_for_port 10002 "Azurite tables"
}

start_maildev() {
  if _port_in_use 1025; then
    echo "An SMTP server already listens on 127.0.0.1:1025; using it."
    return 0
  fi
  node_modules/.bin/maildev --ip 127.0.0.1 --web-ip 127.0.0.1 --smtp 1025 --web 1080 --silent > /tmp/maildev.log 2>&1 &
  _started_pids+=($!)
  _wait_for_port 1025 MailDev && _wait_for_port 1080 "MailDev web"
}

stop_services() {
  for pid in "${_started_pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  # Wait until they have exited, so that their data folders can be removed.
  for pid in "${_started_pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  _started_pids=()
}
