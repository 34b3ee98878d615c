#!/usr/bin/env bash
# family: tls 295 safe
set -euo pipefail
curl -fsS --cacert /etc/ssl/internal-ca.pem -o /etc/portal/settings.env "https://vault.internal.example.net/v1/portal/settings"
