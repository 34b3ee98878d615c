#!/bin/sh
# family: tls 295 vuln
set -eu
wget --no-check-certificate -q -O /tmp/restic "https://artifacts.internal.example.net/restic/0.17.3/restic"  # sink
chmod +x /tmp/restic
