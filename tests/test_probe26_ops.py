"""What an operations back office's code showed the blocking rules (probe round 26, tests/data/probes/opsdesk and
probes_files/round26), each as the user sees it in one scan: the rule, the line, whether it blocks.

- LDAP clients that verify no certificate (NET102): ldap3's Tls() defaults to CERT_NONE, a Server over SSL without
  tls= makes that default, python-ldap's OPT_X_TLS_REQUIRE_CERT = NEVER/ALLOW accepts anything.
- ssh/scp/sftp/rsync told StrictHostKeyChecking=no (NET203), not accept-new or yes, nor a comment saying so.
- A Helm chart's template is YAML only once rendered: its privileged/hostPID lines are reported (CFG207).
- The name of a Secret's entry in a Helm values file is no credential (SEC204).
- A breach-list lookup that slices the digest to a short prefix in the expression is no stored hash (ACC151).
- A CSV cell guard `isinstance(v, str) and v.startswith(FORMULA)` clears what it leaves (INP418).
- A JavaScript function named for a share code that returns Math.random()'s value (CRY201).
- A value named as a sample, an example, a dummy or a fake stands for a credential (SEC101): a self-test's
  `sample_password` is none."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from tests.conftest import run_guidelint

DIRECTORY = """
import ssl

import ldap
import ldap3

CA = "/etc/ops/ca.pem"


def verified(url):
    ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_DEMAND)
    tls = ldap3.Tls(validate=ssl.CERT_REQUIRED, ca_certs_file=CA)
    return ldap3.Server(url, use_ssl=True, tls=tls)


def unverified(url):
    ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_ALLOW)
    relaxed = ldap3.Tls(validate=ssl.CERT_NONE)
    defaulted = ldap3.Server("ldaps://ldap.corp.example")
    return relaxed, defaulted, ldap3.Server(url, use_ssl=True)
"""

BREACH = """
import hashlib


def breach_range(password):
    return hashlib.sha1(password.encode()).hexdigest().upper()[:5]


def store(user, password):
    user.password_hash = hashlib.sha1(password.encode()).hexdigest()[:40]
"""

EXPORT = """
import csv
import io

from flask import Flask, request
from flask_login import login_required

app = Flask(__name__)
FORMULA = ("=", "+", "-", "@", "\\t", "\\r")


def cell(value):
    if isinstance(value, str) and value.startswith(FORMULA):
        return "'" + value
    return value


def equals_only(value):
    if isinstance(value, str) and value.startswith("="):
        return "'" + value
    return value


@app.post("/export")
@login_required
def export():
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([cell(request.form["comment"])])
    writer.writerow([equals_only(request.form["comment"])])
    return out.getvalue()
"""

SYNC = """#!/usr/bin/env bash
# never use StrictHostKeyChecking=no: the partner's key is pinned
sftp -o StrictHostKeyChecking=yes -b batch ops@sftp.partner.example
ssh -o StrictHostKeyChecking=accept-new ops@build.corp.example true
scp -o StrictHostKeyChecking=no out.csv ops@sftp.partner.example:/in/
"""

POD = """apiVersion: v1
kind: Pod
metadata:
  name: {{ .Release.Name }}-debug
spec:
  hostPID: true
  containers:
    - name: debug
      image: {{ .Values.image | quote }}
      securityContext:
        # privileged: true was the old agent's
        privileged: true
"""

SAFE_POD = """apiVersion: v1
kind: Pod
metadata:
  name: {{ .Release.Name }}-web
spec:
  containers:
    - name: web
      securityContext:
        privileged: false
        allowPrivilegeEscalation: false
"""

VALUES = """ldap:
  existingSecret: ops-ldap
  existingSecretPasswordKey: bind-password
sftp:
  passwordSecretKey: sftp-password
storage:
  secretKey: wJalrXUtnFEMI-K7MDENG
"""

SELFTEST = """
def mask(text):
    return text[:2] + "*" * (len(text) - 2)


if __name__ == "__main__":
    sample_password = "Hunter2-sample"
    assert mask(sample_password) == "Hu************"
    demo_password = "Hunter2-sample"
    assert mask(demo_password)
"""

SHARE = """export function newShareCode() {
  return Math.random().toString(36).slice(2, 10);
}

export function pollDelay(base) {
  return base + Math.floor(Math.random() * 2000);
}
"""


def _findings(root: Path) -> set[tuple[str, int, str, bool]]:
    run = run_guidelint("scan", ".", "--no-cache", "-f", "json", "-o", "report.json", cwd=root)
    assert run.exit_code == 1, run.stderr
    report = json.loads((root / "report.json").read_text(encoding="utf-8"))
    assert not report["not_checked"]
    return {(f["path"], f["start"]["line"], f["rule"], f["blocking"]) for f in report["findings"]}


def test_operations_code(project: Callable[..., Path]) -> None:
    root = project(
        {
            "ops/directory.py": DIRECTORY,
            "ops/breach.py": BREACH,
            "ops/export.py": EXPORT,
            "scripts/sync.sh": SYNC,
            "chart/templates/debug.yaml": POD,
            "chart/templates/web.yaml": SAFE_POD,
            "chart/values.yaml": VALUES,
            "static/share.js": SHARE,
            "ops/selftest.py": SELFTEST,
        }
    )
    found = _findings(root)
    rules = {"NET102", "NET203", "CFG207", "CFG203", "SEC204", "ACC150", "ACC151", "INP418", "CRY201", "SEC101"}
    assert {f for f in found if f[2] in rules} == {
        ("ops/directory.py", 16, "NET102", True),  # OPT_X_TLS_ALLOW
        ("ops/directory.py", 17, "NET102", True),  # Tls(validate=CERT_NONE)
        ("ops/directory.py", 18, "NET102", True),  # ldaps:// without tls=
        ("ops/directory.py", 19, "NET102", True),  # use_ssl=True without tls=
        ("ops/breach.py", 9, "ACC151", True),  # forty hex digits kept: the whole digest
        ("ops/export.py", 29, "INP418", False),  # only "=" refused: "+", "-" and "@" start formulas too
        ("scripts/sync.sh", 5, "NET203", True),
        ("chart/templates/debug.yaml", 6, "CFG207", True),
        ("chart/templates/debug.yaml", 12, "CFG207", True),
        ("chart/values.yaml", 7, "SEC204", True),  # an object store's secret key, written in
        ("static/share.js", 2, "CRY201", False),
        ("ops/selftest.py", 8, "SEC101", True),  # a demo account's password is one; a named sample is not
    }
