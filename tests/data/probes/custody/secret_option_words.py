# family: secret 798 259 321
import argparse
import os

# the command-line option each credential setting is read from
SECRET_OPTIONS = {"password": "--db-password", "api_key": "--api-key", "token": "--swift-token"}
REDACTED = {"password": "********", "api_key": "********"}
FALLBACKS = {"user": "recon", "password": "pW9!settleRecon"}  # sink


def safe_parser():
    parser = argparse.ArgumentParser(prog="custody-recon")
    for name, option in SECRET_OPTIONS.items():
        parser.add_argument(option, dest=name, default=os.environ.get(name.upper()))
    return parser


def safe_rotation_due(password_policy, token_mode):
    if password_policy == "always":
        return True
    return token_mode == "rotate"


def vuln_break_glass(password):
    if password == "Gl4ss!Break-2026":  # sink
        return True
    return False


def safe_masked(settings):
    return {key: REDACTED.get(key, value) for key, value in settings.items()}
