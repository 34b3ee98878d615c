#!/usr/bin/env bash
# family: permissions 732 vuln
set -euo pipefail
install -d -o portal -g portal /srv/portal/media /srv/portal/exports
chmod -R 777 /srv/portal/media  # sink
