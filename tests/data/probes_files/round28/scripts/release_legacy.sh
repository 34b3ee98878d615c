#!/usr/bin/env bash
# family: ci 78 494 829 532 vuln
set -e
curl -sSL https://tools.example.com/install-release-tools.sh | bash  # sink
python -m twine upload -u __token__ -p "$PYPI_TOKEN" dist/*
