#!/usr/bin/env bash
# family: eval 95 78 vuln
set -euo pipefail
# usage: run_task.sh "<management command>"
cd /srv/portal
eval "$1"  # sink
