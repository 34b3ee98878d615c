#!/usr/bin/env bash
# family: download 494 safe
set -euo pipefail
AGENT_SHA256="5f2b8c1d9e0a7b6c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c"
curl -fsSL -o /tmp/agent.sh https://install.example.net/monitoring/agent.sh
echo "${AGENT_SHA256}  /tmp/agent.sh" | sha256sum -c -
sudo bash /tmp/agent.sh --site portal
