#!/usr/bin/env bash
# family: download 494 vuln
set -euo pipefail
curl -fsSL https://install.example.net/monitoring/agent.sh | sudo bash -s -- --site portal  # sink
