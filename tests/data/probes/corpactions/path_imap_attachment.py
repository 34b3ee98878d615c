# family: path 22 23 36 73 99
import email
import imaplib
import os

from werkzeug.utils import secure_filename

DROP = "/srv/corpactions/instructions"


def vuln_save_instruction_files(host: str, user: str, password: str) -> None:
    conn = imaplib.IMAP4_SSL(host)
    conn.login(user, password)
    conn.select("instructions")
    _, found = conn.search(None, "ALL")
    for num in found[0].split():
        _, data = conn.fetch(num, "(RFC822)")
        msg = email.message_from_bytes(data[0][1])
        for part in msg.walk():
            name = part.get_filename()
            if name:
                with open(os.path.join(DROP, name), "wb") as fh:  # sink
                    fh.write(part.get_payload(decode=True))
    conn.logout()


def safe_save_instruction_files(host: str, user: str, password: str) -> None:
    conn = imaplib.IMAP4_SSL(host)
    conn.login(user, password)
    conn.select("instructions")
    _, found = conn.search(None, "ALL")
    for num in found[0].split():
        _, data = conn.fetch(num, "(RFC822)")
        msg = email.message_from_bytes(data[0][1])
        for part in msg.walk():
            name = part.get_filename()
            if name:
                with open(os.path.join(DROP, secure_filename(name)), "wb") as fh:
                    fh.write(part.get_payload(decode=True))
    conn.logout()
