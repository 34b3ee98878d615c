# family: secret 798 259 321
import os


class BaseConfig:
    SESSION_COOKIE_NAME = "registry_session"
    PERMANENT_SESSION_LIFETIME = 1800


class VulnProductionConfig(BaseConfig):
    SECRET_KEY = "c1f7e2a94b0d6e38a5f2c9d17b4e8a06"  # sink
    MAIL_PASSWORD = "MailRelay2024"  # sink


class SafeProductionConfig(BaseConfig):
    SECRET_KEY = os.environ.get("REGISTRY_SECRET_KEY")  # sink
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD", "")  # sink
