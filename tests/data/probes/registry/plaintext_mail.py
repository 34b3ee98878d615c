# family: plain 319
import smtplib
import ssl
import telnetlib


def vuln_send_report(message, user, password):
    with smtplib.SMTP("mail.regulator.example", 25) as relay:  # sink
        relay.login(user, password)
        relay.send_message(message)


def safe_send_report(message, user, password):
    with smtplib.SMTP_SSL("mail.regulator.example", 465, context=ssl.create_default_context()) as relay:  # sink
        relay.login(user, password)
        relay.send_message(message)


def vuln_switch_console(host):
    return telnetlib.Telnet(host, 23, timeout=10)  # sink
