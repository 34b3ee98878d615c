# family: debug 489 215
import os

from flask import Flask

app = Flask("custody-ops")


def env_flag(name, default=False):
    value = os.environ.get(name)
    return default if value is None else value.lower() in ("1", "true", "yes")


class SafeOpsConfig:
    DEBUG = env_flag("CUSTODY_OPS_DEBUG")
    TESTING = False


class VulnOpsConfig:
    DEBUG = True  # sink
    TESTING = False


def safe_serve():
    app.run(host="127.0.0.1", port=8081, debug=env_flag("CUSTODY_OPS_DEBUG"))


def vuln_serve():
    app.run(host="127.0.0.1", port=8081, debug=True)  # sink
