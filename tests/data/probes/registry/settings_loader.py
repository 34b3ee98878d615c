class _Settings:
    CA_BUNDLE = "/etc/ssl/certs/firm-root-ca.pem"
    CLIENT_CERT = "/etc/registry/client.pem"
    CLIENT_KEY = "/etc/registry/client.key"


settings = _Settings()
