# family: emptypw 258 521
import os

import redis

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "registry",
        "USER": "registry",
        "PASSWORD": "",  # sink
        "HOST": "db.registry.internal",
    }
}


def vuln_cache():
    return redis.Redis(host="cache.registry.internal", port=6379, password="")  # sink


def safe_cache():
    return redis.Redis(host="cache.registry.internal", port=6379, password=os.environ["REDIS_PASSWORD"])  # sink
