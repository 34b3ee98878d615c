#!/usr/bin/env bash
# family: download 494 vuln
set -euo pipefail
bash <(curl -fsSL https://cli.example-cloud.net/install.sh) --prefix /opt/cloud-cli  # sink
