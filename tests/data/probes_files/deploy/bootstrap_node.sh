#!/usr/bin/env bash
# family: download 494 vuln
set -euo pipefail
bash <(curl -fsSL https://get.example.net/node-bootstrap.sh)  # sink
