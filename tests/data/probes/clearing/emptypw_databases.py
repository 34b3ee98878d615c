# family: emptypw 258 521
import psycopg


class SafeSocketSettings:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "clearing",
            "USER": "clearing",
            "PASSWORD": "",
            "HOST": "/var/run/postgresql",
        }
    }


class SafeSqliteSettings:
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": "/var/lib/clearing/reports.sqlite3"}}


def safe_peer_connection():
    return psycopg.connect(dbname="clearing", host="/var/run/postgresql")


class VulnNetworkSettings:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "clearing",
            "USER": "clearing",
            "PASSWORD": "",  # sink
            "HOST": "db.internal",
        }
    }


def vuln_network_connection():
    return psycopg.connect(dbname="clearing", user="clearing", password="", host="db.internal")  # sink
