#!/bin/sh
# family: tls 295 safe
set -eu
wget -q -O /tmp/restic "https://artifacts.internal.example.net/restic/0.17.3/restic"
chmod +x /tmp/restic
