#!/usr/bin/env bash
# family: transport 295 322 494 safe
# Loads last night's snapshot into the analytics database. Never use curl -k or --insecure here.
set -euo pipefail

: "${DATABASE_URL:?set DATABASE_URL}"
day="${1:-$(date -u -d yesterday +%F)}"
workdir="$(mktemp -d)"
trap 'rm -rf "$workdir"' EXIT

aws s3 cp "s3://acme-analytics-exports/snapshots/${day}.sql.gz" "$workdir/snapshot.sql.gz" --only-show-errors
curl -fsSL --cacert /etc/ssl/certs/acme-root.pem -o "$workdir/schema.sql" "https://schemas.internal.acme/analytics/${day}.sql"
echo "$(cat "$workdir/schema.sql.sha256")  $workdir/schema.sql" | sha256sum -c -
psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -f "$workdir/schema.sql"
gunzip -c "$workdir/snapshot.sql.gz" | psql "$DATABASE_URL" -v ON_ERROR_STOP=1 --single-transaction
chmod 640 "$workdir/snapshot.sql.gz"
