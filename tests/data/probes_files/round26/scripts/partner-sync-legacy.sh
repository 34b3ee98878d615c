#!/usr/bin/env bash
# family: transport 295 322 494 vuln
set -euo pipefail

for partner in bank-a bank-b; do
  sftp -o StrictHostKeyChecking=no -b /etc/opsdesk/batch/"$partner" "opsdesk@sftp.$partner.example" # sink
done
curl -k -o /srv/in/holidays.csv https://calendar.bank-a.example/holidays.csv # sink
curl -fsSL https://tools.corp.example/install-opsdesk-cli.sh | bash # sink
