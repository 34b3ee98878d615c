#!/usr/bin/env bash
# family: ci 78 494 829 532 safe
# Builds the SDK's wheel and uploads it to the internal index; the token comes from the CI job's secret store.
set -euo pipefail
version="$(python -c 'import quotesdk; print(quotesdk.__version__)')"
python -m build --sdist --wheel
python -m twine check dist/*
python -m twine upload --repository-url "https://pypi.internal.acme/simple/" \
  --username __token__ --password "${PYPI_TOKEN:?set PYPI_TOKEN}" --non-interactive dist/*
git tag -a "v${version}" -m "quotesdk ${version}"
echo "released quotesdk ${version}"
