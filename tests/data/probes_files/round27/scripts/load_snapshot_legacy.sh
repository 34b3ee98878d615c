#!/usr/bin/env bash
# family: transport 295 322 494 vuln
set -e
export PGPASSWORD=etl-Pr0d-pass
curl -k -o /tmp/schema.sql "https://schemas.internal.acme/analytics/latest.sql"  # sink
curl -sSL https://get.acme-tools.example/install.sh | bash  # sink
psql -h warehouse.internal -U etl -f /tmp/schema.sql analytics
