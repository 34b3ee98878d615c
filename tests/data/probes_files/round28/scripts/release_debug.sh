#!/usr/bin/env bash
# family: ci 78 494 829 532 vuln
set -e
echo "uploading with token ${PYPI_TOKEN}"  # sink
python -m twine upload -u __token__ -p "$PYPI_TOKEN" dist/*
