#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the tests and CI: `start DIR` makes one with initdb
# (trust authentication, UTF-8), listening only on a unix socket (no TCP port, so several
# worktrees' clusters never meet), and waits until it answers; `stop DIR` stops it and removes
# it. It prints the URL to connect with (database postgres, user postgres).
# The cluster lives in a fresh folder under /tmp whose path DIR records (DIR/location): the
# server runs as the `postgres` user when we are root (initdb refuses root), and that user
# cannot enter a checkout under a private folder (a CI clone under `mktemp -d`, /root); a unix
# socket's path must also stay under 108 bytes, which a deep build folder can pass.
# Any failure says why and exits non-zero: CTest's fixture (pg_cluster) then fails the
# PostgreSQL tests rather than skipping them.
set -euo pipefail
usage() { echo "usage: $0 start DIR | stop DIR | url DIR" >&2; exit 2; }
[[ $# -eq 2 ]] || usage
action=$1
dir=$(realpath -m "$2")
bin=${SOHOA_PG_BIN:-/usr/lib/postgresql/15/bin}

as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cluster() { cat "$dir/location" 2>/dev/null || true; }
url() { echo "postgresql:///postgres?host=$(cluster)&user=postgres"; }

stop_cluster() {
  local home
  home=$(cluster)
  if [[ -n "$home" && -f "$home/data/postmaster.pid" ]]; then
    as_owner "$bin/pg_ctl" -D "$home/data" -m fast -w stop >/dev/null 2>&1 ||
      as_owner "$bin/pg_ctl" -D "$home/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  [[ -n "$home" && "$home" == /tmp/sohoa-pg.* ]] && rm -rf "$home"
  rm -rf "$dir"
}

case "$action" in
  start)
    [[ -x "$bin/initdb" ]] || { echo "pg-test-cluster: no $bin/initdb (apt-get install postgresql-15)" >&2; exit 1; }
    if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
      echo "pg-test-cluster: running as root and there is no postgres user to run the server as" >&2
      exit 1
    fi
    stop_cluster  # one left by a run that was killed
    mkdir -p "$dir"
    home=$(mktemp -d /tmp/sohoa-pg.XXXXXX)
    chmod 755 "$home"
    [[ $(id -u) -eq 0 ]] && chown postgres: "$home"
    echo "$home" >"$dir/location"
    if ! as_owner "$bin/initdb" -D "$home/data" -U postgres -A trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1; then
      echo "pg-test-cluster: initdb failed in $home:" >&2
      cat "$dir/initdb.log" >&2
      exit 1
    fi
    if ! as_owner "$bin/pg_ctl" -D "$home/data" -l "$home/server.log" -w -t 60 \
      -o "-c listen_addresses='' -k $home -c fsync=off -c max_connections=40" start >/dev/null; then
      echo "pg-test-cluster: the server did not start; its log ($home/server.log):" >&2
      cat "$home/server.log" >&2 || true
      exit 1
    fi
    url
    ;;
  stop) stop_cluster ;;
  url) url ;;
  *) usage ;;
esac
