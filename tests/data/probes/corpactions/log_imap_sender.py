# family: log 117
import email
import imaplib
import logging

log = logging.getLogger("corpactions.mailbox")


def vuln_log_instructions(host: str, user: str, password: str) -> None:
    with imaplib.IMAP4_SSL(host) as conn:
        conn.login(user, password)
        conn.select("INBOX")
        _, ids = conn.uid("search", None, "UNSEEN")
        for uid in ids[0].split():
            _, data = conn.uid("fetch", uid, "(RFC822)")
            msg = email.message_from_bytes(data[0][1])
            log.info("instruction mail from " + str(msg["From"]) + ": " + str(msg["Subject"]))  # sink


def safe_log_instructions(host: str, user: str, password: str) -> None:
    with imaplib.IMAP4_SSL(host) as conn:
        conn.login(user, password)
        conn.select("INBOX")
        _, ids = conn.uid("search", None, "UNSEEN")
        for uid in ids[0].split():
            _, data = conn.uid("fetch", uid, "(RFC822)")
            msg = email.message_from_bytes(data[0][1])
            log.info("instruction mail from %r: %r", str(msg["From"]), str(msg["Subject"]))
