# family: secret 798 259 321
import enum


class SafeCredentialKind(enum.Enum):
    PASSWORD = "password"
    API_KEY = "api_key"
    CLIENT_SECRET = "client_secret"
    SSH_KEY = "ssh_key"


class SafeSecretField(str, enum.Enum):
    FIX_PASSWORD = "fix_password"
    SWIFT_TOKEN = "swift_token"


class VulnFixSession:
    SENDER_COMP_ID = "CUSTODY01"
    TARGET_COMP_ID = "CCPGATE"
    LOGON_PASSWORD = "gT4!x9LmQ2vz"  # sink


class SafeFixSession:
    SENDER_COMP_ID = "CUSTODY01"
    TARGET_COMP_ID = "CCPGATE"
    LOGON_PASSWORD_SETTING = "FIX_LOGON_PASSWORD"
