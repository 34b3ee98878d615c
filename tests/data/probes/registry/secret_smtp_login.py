# family: secret 798 259
import os
import smtplib


def vuln_send_notice(message):
    with smtplib.SMTP("smtp.firm.example", 587) as relay:
        relay.starttls()
        relay.login("insider-notices@firm.example", "N0tices!Relay")  # sink
        relay.send_message(message)


def safe_send_notice(message):
    with smtplib.SMTP("smtp.firm.example", 587) as relay:
        relay.starttls()
        relay.login("insider-notices@firm.example", os.environ["SMTP_PASSWORD"])  # sink
        relay.send_message(message)
