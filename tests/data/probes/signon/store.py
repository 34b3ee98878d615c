"""The credential store's reads (no family: helpers of the probe modules)."""

import sqlite3

DB = "/var/lib/signon/users.db"


def password_hash_of(username: str) -> str:
    with sqlite3.connect(DB) as conn:
        row = conn.execute("SELECT password_hash FROM users WHERE username = ?", (username,)).fetchone()
    return row[0] if row else ""
