#!/usr/bin/env bash
# family: tls 295 vuln
api_get() {
  local path="$1"
  curl -fsSLk --retry 3 -H "Authorization: Bearer ${PORTAL_API_TOKEN}" "https://portal.internal.example.net/api/${path}"  # sink
}

api_get "health/"
