#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the tests and CI: `start DIR` makes one in DIR with
# initdb (trust authentication, UTF-8), listening only on a unix socket in DIR (no TCP port,
# so several worktrees' clusters never meet), and waits until it answers; `stop DIR` stops it
# and removes DIR. It prints the URL to connect with (database postgres, user postgres).
# initdb refuses to run as root: as root the server runs as the `postgres` user
# (postgresql-15's package makes it). Any failure says why and exits non-zero: CTest's
# fixture (pg_cluster) then fails the PostgreSQL tests rather than skipping them.
set -euo pipefail
usage() { echo "usage: $0 start DIR | stop DIR | url DIR" >&2; exit 2; }
[[ $# -eq 2 ]] || usage
action=$1
dir=$(realpath -m "$2")
bin=${SOHOA_PG_BIN:-/usr/lib/postgresql/15/bin}

as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

url() { echo "postgresql:///postgres?host=$dir&user=postgres"; }

case "$action" in
  start)
    [[ -x "$bin/initdb" ]] || { echo "pg-test-cluster: no $bin/initdb (apt-get install postgresql-15)" >&2; exit 1; }
    if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
      echo "pg-test-cluster: running as root and there is no postgres user to run the server as" >&2
      exit 1
    fi
    if [[ -f "$dir/data/postmaster.pid" ]]; then  # a cluster left by a run that was killed
      as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    [[ $(id -u) -eq 0 ]] && chown postgres: "$dir"
    if ! as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1; then
      echo "pg-test-cluster: initdb failed in $dir:" >&2
      cat "$dir/initdb.log" >&2
      exit 1
    fi
    if ! as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses='' -k $dir -c fsync=off -c max_connections=40" start >/dev/null; then
      echo "pg-test-cluster: the server did not start; its log ($dir/server.log):" >&2
      cat "$dir/server.log" >&2 || true
      exit 1
    fi
    url
    ;;
  stop)
    if [[ -f "$dir/data/postmaster.pid" ]]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    rm -rf "$dir"
    ;;
  url) url ;;
  *) usage ;;
esac
