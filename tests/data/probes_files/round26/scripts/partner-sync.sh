#!/usr/bin/env bash
# family: transport 295 322 494 safe
# Pulls the partners' confirmations. Never use StrictHostKeyChecking=no or curl -k here: the host keys are pinned
# in /etc/opsdesk/known_hosts and the bank's CA is installed.
set -euo pipefail

KNOWN_HOSTS=/etc/opsdesk/known_hosts
for partner in bank-a bank-b; do
  sftp -o StrictHostKeyChecking=yes -o UserKnownHostsFile="$KNOWN_HOSTS" -b /etc/opsdesk/batch/"$partner" "opsdesk@sftp.$partner.example"
done
curl --fail --silent --show-error --cacert /etc/opsdesk/partner-ca.pem -o /srv/in/holidays.csv https://calendar.bank-a.example/holidays.csv
curl -fsSL https://tools.corp.example/opsdesk-cli.tar.gz -o /tmp/opsdesk-cli.tar.gz
echo "3f5a1c0e9d8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f  /tmp/opsdesk-cli.tar.gz" | sha256sum -c -
tar -xzf /tmp/opsdesk-cli.tar.gz -C /opt/opsdesk
ssh-keyscan -H sftp.bank-c.example | ssh-keygen -lf - # shows the fingerprint to compare with the bank's letter
