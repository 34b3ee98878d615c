# The guidelint image, used by the GitLab CI template (`guidelint init --ci gitlab`):
#   docker build -t ghcr.io/guidelint/guidelint:v0.1.0 .
#   docker run --rm -v "$PWD:/code" ghcr.io/guidelint/guidelint:v0.1.0 scan .
FROM python:3.12.8-slim-bookworm
# git: .gitignore handling, --diff-base and pre-commit
RUN apt-get update \
    && apt-get install -y --no-install-recommends git \
    && rm -rf /var/lib/apt/lists/*
COPY . /src
RUN python -m pip install --no-cache-dir /src && rm -rf /src
RUN useradd --uid 10001 --create-home guidelint \
    && git config --system --add safe.directory '*'
USER guidelint
WORKDIR /code
ENTRYPOINT ["guidelint"]
CMD ["scan", "."]
