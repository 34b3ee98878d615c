"""Settings of the operations desk, read from the environment of the deployment."""

import os

REPORT_DIR = os.environ.get("OPSDESK_REPORT_DIR", "/srv/opsdesk/reports")
CACHE_DIR = os.environ.get("OPSDESK_CACHE_DIR", "/var/cache/opsdesk")
KNOWN_HOSTS = os.environ.get("OPSDESK_KNOWN_HOSTS", "/etc/opsdesk/known_hosts")
PARTNER_CA = os.environ.get("OPSDESK_PARTNER_CA", "/etc/opsdesk/partner-ca.pem")
LDAP_URL = os.environ.get("OPSDESK_LDAP_URL", "ldaps://ldap.corp.example")
LDAP_BIND_DN = os.environ.get("OPSDESK_LDAP_BIND_DN", "cn=opsdesk,ou=services,dc=corp,dc=example")
LDAP_BIND_PASSWORD = os.environ["OPSDESK_LDAP_BIND_PASSWORD"]
