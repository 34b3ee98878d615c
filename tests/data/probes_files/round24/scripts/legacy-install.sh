#!/bin/sh
# family: download 494 295 732 vuln
curl -k -o /tmp/agent.tgz https://downloads.ccp.example/agent.tgz  # sink
curl -fsSL https://install.ccp.example/agent.sh | sh  # sink
chmod 777 /var/spool/clearing  # sink
