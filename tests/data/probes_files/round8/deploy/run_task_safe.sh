#!/usr/bin/env bash
# family: eval 95 78 safe
set -euo pipefail
# usage: run_task.sh <management command> [args...]
cd /srv/portal
"$@"
