# family: path 22 23 36 73 99
import email
import imaplib
import os
from email import policy

from werkzeug.utils import secure_filename

INBOX = "/srv/feeds/broker-research"


def unseen_messages():
    mailbox = imaplib.IMAP4_SSL("imap.feeds.example")
    mailbox.login("feeds-ingest", open("/run/secrets/imap").read().strip())
    mailbox.select("INBOX")
    _, numbers = mailbox.search(None, "UNSEEN")
    for number in numbers[0].split():
        _, data = mailbox.fetch(number, "(RFC822)")
        yield email.message_from_bytes(data[0][1], policy=policy.default)


def vuln_save_attachments():
    for message in unseen_messages():
        for part in message.walk():
            filename = part.get_filename()
            if filename:
                with open(os.path.join(INBOX, filename), "wb") as out:  # sink
                    out.write(part.get_payload(decode=True))


def safe_save_attachments():
    for message in unseen_messages():
        for part in message.walk():
            filename = part.get_filename()
            if filename:
                with open(os.path.join(INBOX, secure_filename(filename)), "wb") as out:
                    out.write(part.get_payload(decode=True))


def vuln_save_attachments_modern():
    for message in unseen_messages():
        for attachment in message.iter_attachments():
            with open(os.path.join(INBOX, attachment.get_filename()), "wb") as out:  # sink
                out.write(attachment.get_content())
