import os


class Settings:
    SWIFT_CA_FILE = os.environ.get("SWIFT_CA_FILE", "/etc/custody/swift-ca.pem")
    SWIFT_CLIENT_CERT = os.environ.get("SWIFT_CLIENT_CERT", "/etc/custody/swift.crt")
    SWIFT_CLIENT_KEY = os.environ.get("SWIFT_CLIENT_KEY", "/etc/custody/swift.key")
    SWIFT_SKIP_VERIFY = os.environ.get("SWIFT_SKIP_VERIFY") == "1"
    RECON_URL = os.environ.get("RECON_URL", "https://recon.custody.example")
    RECON_VERIFY_TLS = os.environ.get("RECON_VERIFY_TLS", "true").lower() != "false"
    RECON_CA_BUNDLE = os.environ.get("RECON_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt")


settings = Settings()
