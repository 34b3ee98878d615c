#!/usr/bin/env bash
# family: permissions 732 safe
set -euo pipefail
install -d -o portal -g portal /srv/portal/media /srv/portal/exports
chmod -R 750 /srv/portal/media
