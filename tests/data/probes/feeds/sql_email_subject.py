# family: sql 89
import email
import poplib

from .core.db import connect


def vuln_file_bounces():
    pop = poplib.POP3_SSL("pop.feeds.example")
    db = connect()
    count, _ = pop.stat()
    for i in range(1, count + 1):
        _, lines, _ = pop.retr(i)
        message = email.message_from_bytes(b"\r\n".join(lines))
        db.execute("INSERT INTO bounces (subject) VALUES ('" + message["Subject"] + "')")  # sink


def safe_file_bounces():
    pop = poplib.POP3_SSL("pop.feeds.example")
    db = connect()
    count, _ = pop.stat()
    for i in range(1, count + 1):
        _, lines, _ = pop.retr(i)
        message = email.message_from_bytes(b"\r\n".join(lines))
        db.execute("INSERT INTO bounces (subject) VALUES (?)", (message["Subject"],))
