#!/usr/bin/env bash
# family: tls 295 safe
api_get() {
  local path="$1"
  curl -fsSL --retry 3 --cacert /etc/portal/internal-ca.pem -H "Authorization: Bearer ${PORTAL_API_TOKEN}" "https://portal.internal.example.net/api/${path}"
}

api_get "health/"
