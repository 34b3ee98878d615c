# family: secret 798 259 321
import re

# formats of credentials that must never reach a log line (redacted by the log filter below)
TOKEN_FORMATS = {
    "github": re.compile(r"gh[pousr]_[A-Za-z0-9]{36}"),
    "aws_access_key": re.compile(r"(?:AKIA|ASIA)[0-9A-Z]{16}"),
    "slack": re.compile(r"xox[baprs]-[0-9A-Za-z-]{10,48}"),
    "private_key": re.compile(r"-----BEGIN (?:RSA |EC )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA |EC )?PRIVATE KEY-----"),
}

CCP_ROOT_CERTIFICATE = """-----BEGIN CERTIFICATE-----
MIIBszCCAVmgAwIBAgIUQ2xlYXJpbmdDQ1BSb290Q0EwCgYIKoZIzj0EAwIwJzElMCMGA1UEAwwc
Q2xlYXJpbmcgQ0NQIFJvb3QgQ0EgKGV4YW1wbGUpMB4XDTI2MDEwMTAwMDAwMFoXDTM2MDEwMTAw
-----END CERTIFICATE-----
"""


class SafeRedactor:
    PLACEHOLDER = "[redacted {kind}]"

    def redact(self, text: str) -> str:
        for kind, pattern in TOKEN_FORMATS.items():
            text = pattern.sub(self.PLACEHOLDER.format(kind=kind), text)
        return text


def safe_pinned_ca() -> str:
    return CCP_ROOT_CERTIFICATE


def vuln_signing_key() -> str:
    return "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oBhi8ApaD4PRoAoGCCqGSM49AwEHoUQDQgAE\n-----END EC PRIVATE KEY-----"  # sink
