#!/usr/bin/env bash
# BokjiFlow restore: a dump of backup.sh into a NEW, empty database, in one transaction
# (all or nothing), then the job locks of the nodes that were running when the dump was
# taken are released so that the first node started on it runs the jobs and timers at
# once instead of after the lock time. Start BokjiFlow on the restored database with the
# SAME BOKJIFLOW_RRN_KEY and BOKJIFLOW_RRN_HASH_KEY as the backed-up installation: the
# processes resume where they were (waiting tasks, timers, jobs).
#
# Usage:    docs/scripts/restore.sh <dump-file>
# Database: the libpq variables of the TARGET (PGHOST, PGPORT, PGUSER, PGDATABASE,
#           PGPASSWORD); the database is created when it does not exist (CREATE DATABASE
#           right needed) and refused when it holds any table.
# Keys:     when BOKJIFLOW_RRN_KEY / BOKJIFLOW_RRN_HASH_KEY are set and the manifest has
#           their fingerprints, a mismatch stops the restore before anything is written.
# Tools:    pg_restore and psql from PATH or from $PG_BIN.
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 <dump-file>" >&2
  exit 2
fi
dump=$1
: "${PGDATABASE:?set PGDATABASE (and PGHOST, PGPORT, PGUSER) to the database to restore into}"
bin=${PG_BIN:+$PG_BIN/}

if [ ! -f "$dump" ]; then
  echo "no such dump: $dump" >&2
  exit 1
fi
if [ -f "$dump.sha256" ]; then
  (cd "$(dirname "$dump")" && sha256sum --check --quiet "$(basename "$dump").sha256") || {
    echo "checksum mismatch: $dump is damaged" >&2
    exit 1
  }
else
  echo "warning: no $dump.sha256, the dump's integrity is not checked" >&2
fi

fingerprint() { printf '%s' "$1" | sha256sum | cut -d' ' -f1; }
check_key() { # <manifest key> <env value> <env name>
  local recorded
  recorded=$(sed -n "s/^$1=//p" "$dump.manifest" 2>/dev/null || true)
  if [ -n "$recorded" ] && [ -n "$2" ] && [ "$recorded" != "$(fingerprint "$2")" ]; then
    echo "$3 is not the key this backup was taken with (fingerprint differs): refusing to restore" >&2
    exit 1
  fi
}
check_key rrn_key_sha256 "${BOKJIFLOW_RRN_KEY:-}" BOKJIFLOW_RRN_KEY
check_key rrn_hash_key_sha256 "${BOKJIFLOW_RRN_HASH_KEY:-}" BOKJIFLOW_RRN_HASH_KEY

psql_on() { "${bin}psql" -X -A -t -q -v ON_ERROR_STOP=1 "$@"; }
# (psql interpolates :'db' / :"db" only in SQL read from standard input)
exists=$(echo "select 1 from pg_database where datname = :'db'" | psql_on -d postgres -v db="$PGDATABASE")
if [ "$exists" != "1" ]; then
  echo "creating database $PGDATABASE" >&2
  echo 'create database :"db"' | psql_on -d postgres -v db="$PGDATABASE"
fi
tables=$(psql_on -c "select count(*) from pg_tables where schemaname not in ('pg_catalog', 'information_schema')")
if [ "$tables" != "0" ]; then
  echo "database $PGDATABASE is not empty ($tables tables): restore only into a new database" >&2
  exit 1
fi

"${bin}pg_restore" --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$PGDATABASE" "$dump"
# The nodes that held these locks are not running against this database.
psql_on -c "update act_ru_job set lock_owner_ = null, lock_exp_time_ = null where lock_owner_ is not null"
psql_on -c "set client_min_messages = error" -c "analyze"

echo "restored $dump into $PGDATABASE: $(psql_on -c 'select count(*) from act_ru_execution where parent_id_ is null') running process instances, $(psql_on -c 'select count(*) from act_ru_task') open tasks, $(psql_on -c 'select count(*) from act_ru_job') jobs and timers" >&2
echo "start BokjiFlow on it with the SAME BOKJIFLOW_RRN_KEY and BOKJIFLOW_RRN_HASH_KEY" >&2
