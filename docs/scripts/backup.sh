#!/usr/bin/env bash
# BokjiFlow backup: one consistent pg_dump (custom format, -Fc) of the whole database —
# our tables (reg_*, cw_*, pay_*, ...), Flyway's history and Camunda's ACT_* tables, so
# running processes, waiting tasks, timers and jobs are all in it — plus a manifest and a
# SHA-256 checksum. The dump is taken while the application runs (pg_dump reads one
# snapshot); no node needs to stop.
#
# NOT in the dump, and needed to use it: the two resident-registration-number keys
# (BOKJIFLOW_RRN_KEY encrypts the numbers, BOKJIFLOW_RRN_HASH_KEY finds persons by number).
# Keep them in your secret store, apart from the dumps: a dump without its keys cannot
# show a number nor find a person by number, and keys next to the dump would undo the
# encryption. With the embedded database the keys are in ./data/dev-keys.properties.
# If the keys are in the environment when this runs, the manifest records a SHA-256
# fingerprint of each (not the key) so that restore.sh can tell whether it was handed
# the right ones.
#
# Usage:   docs/scripts/backup.sh <backup-directory>
# Database: the libpq variables PGHOST, PGPORT, PGUSER, PGDATABASE (and PGPASSWORD or
#           ~/.pgpass), e.g. PGHOST=localhost PGPORT=5432 PGUSER=bokjiflow PGDATABASE=bokjiflow
# Tools:    pg_dump of the server's major version or newer, from PATH or from $PG_BIN.
# Prints the path of the dump on the last line of its output.
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 <backup-directory>" >&2
  exit 2
fi
out_dir=$1
: "${PGDATABASE:?set PGDATABASE (and PGHOST, PGPORT, PGUSER) to the database to back up}"
bin=${PG_BIN:+$PG_BIN/}

mkdir -p "$out_dir"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
dump="$out_dir/bokjiflow-$PGDATABASE-$stamp.dump"
tmp="$dump.partial"
trap 'rm -f "$tmp"' EXIT

# --no-owner/--no-privileges: the dump restores into a database of any owner.
"${bin}pg_dump" --format=custom --compress=6 --no-owner --no-privileges --file="$tmp" "$PGDATABASE"
mv "$tmp" "$dump"

fingerprint() { printf '%s' "$1" | sha256sum | cut -d' ' -f1; }
query() { "${bin}psql" -X -A -t -q -v ON_ERROR_STOP=1 -c "$1" "$PGDATABASE"; }
{
  echo "created=$stamp"
  echo "database=$PGDATABASE"
  echo "pg_dump=$("${bin}pg_dump" --version)"
  echo "server=$(query 'show server_version')"
  echo "flyway_version=$(query 'select max(version::int) from bokjiflow_schema_history where success' 2>/dev/null || echo unknown)"
  echo "camunda_schema=$(query 'select version_ from act_ge_schema_log order by timestamp_ desc limit 1' 2>/dev/null || echo unknown)"
  echo "running_process_instances=$(query "select count(*) from act_ru_execution where parent_id_ is null" 2>/dev/null || echo unknown)"
  if [ -n "${BOKJIFLOW_RRN_KEY:-}" ]; then echo "rrn_key_sha256=$(fingerprint "$BOKJIFLOW_RRN_KEY")"; fi
  if [ -n "${BOKJIFLOW_RRN_HASH_KEY:-}" ]; then echo "rrn_hash_key_sha256=$(fingerprint "$BOKJIFLOW_RRN_HASH_KEY")"; fi
} >"$dump.manifest"
(cd "$(dirname "$dump")" && sha256sum "$(basename "$dump")" >"$(basename "$dump").sha256")

echo "Backup written; the RRN keys are NOT in it — keep BOKJIFLOW_RRN_KEY and BOKJIFLOW_RRN_HASH_KEY separately." >&2
echo "$dump"
