# family: path 22 23 36 73 99
import email
import os
from email import policy

from werkzeug.utils import secure_filename

INBOX = "/srv/feeds/broker-research"


def vuln_save_attachments(raw: bytes):
    message = email.message_from_bytes(raw, policy=policy.default)
    for part in message.walk():
        filename = part.get_filename()
        if filename:
            with open(os.path.join(INBOX, filename), "wb") as out:  # sink
                out.write(part.get_payload(decode=True))


def safe_save_attachments(raw: bytes):
    message = email.message_from_bytes(raw, policy=policy.default)
    for part in message.walk():
        filename = part.get_filename()
        if filename:
            with open(os.path.join(INBOX, secure_filename(filename)), "wb") as out:
                out.write(part.get_payload(decode=True))


def vuln_save_attachments_modern(raw: bytes):
    message = email.message_from_bytes(raw, policy=policy.default)
    for attachment in message.iter_attachments():
        with open(os.path.join(INBOX, attachment.get_filename()), "wb") as out:  # sink
            out.write(attachment.get_content())
