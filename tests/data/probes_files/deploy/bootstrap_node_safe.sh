#!/usr/bin/env bash
# family: download 494 safe
set -euo pipefail
curl -fsSL -o /tmp/node-bootstrap.sh https://get.example.net/node-bootstrap.sh
gpg --verify /opt/keys/node-bootstrap.sh.asc /tmp/node-bootstrap.sh
bash /tmp/node-bootstrap.sh
