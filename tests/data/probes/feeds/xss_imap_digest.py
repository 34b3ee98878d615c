# family: xss 79 80
import email
import imaplib

from markupsafe import Markup

DIGEST = []


def vuln_ingest_research_mail():
    mailbox = imaplib.IMAP4_SSL("imap.feeds.example")
    mailbox.login("feeds-ingest", open("/run/secrets/imap").read().strip())
    mailbox.select("INBOX")
    _, numbers = mailbox.search(None, "UNSEEN")
    for number in numbers[0].split():
        _, data = mailbox.fetch(number, "(RFC822)")
        message = email.message_from_bytes(data[0][1])
        DIGEST.append(Markup(f"<li><b>{message['From']}</b>: {message['Subject']}</li>"))  # sink


def safe_ingest_research_mail():
    mailbox = imaplib.IMAP4_SSL("imap.feeds.example")
    mailbox.login("feeds-ingest", open("/run/secrets/imap").read().strip())
    mailbox.select("INBOX")
    _, numbers = mailbox.search(None, "UNSEEN")
    for number in numbers[0].split():
        _, data = mailbox.fetch(number, "(RFC822)")
        message = email.message_from_bytes(data[0][1])
        DIGEST.append(Markup("<li><b>{}</b>: {}</li>").format(message["From"], message["Subject"]))
