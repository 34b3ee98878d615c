#!/usr/bin/env bash
# family: tls 295 vuln
set -euo pipefail
curl -fsS -k -o /etc/portal/settings.env "https://vault.internal.example.net/v1/portal/settings"  # sink
