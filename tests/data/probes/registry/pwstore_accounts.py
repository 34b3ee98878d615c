# family: pwstore 916 759 256 257 312 522 328
import base64
import hashlib
import os

from werkzeug.security import generate_password_hash

from .models import InsiderEntry


def vuln_set_portal_password(account, new_password):
    account.password_hash = hashlib.sha256(new_password.encode()).hexdigest()  # sink
    account.save()


def safe_set_portal_password(account, new_password):
    account.password_hash = generate_password_hash(new_password)  # sink
    account.save()


def vuln_store_pin(account, pin):
    account.pin = base64.b64encode(pin.encode()).decode()  # sink
    account.save()


def safe_store_pin(account, pin):
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, 600_000)
    account.pin = salt.hex() + ":" + digest.hex()  # sink
    account.save()


def vuln_create_contact(name, password):
    return InsiderEntry.objects.create(name=name, project="external", password=password)  # sink


def safe_create_contact(name, password):
    return InsiderEntry.objects.create(name=name, project="external", password=generate_password_hash(password))  # sink
