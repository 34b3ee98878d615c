# family: header 113 20
import email
import poplib

from django.http import HttpResponse


def fetch_bounce(number):
    pop = poplib.POP3_SSL("pop.feeds.example")
    _, lines, _ = pop.retr(number)
    return b"\r\n".join(lines).decode("utf-8", "replace")


def vuln_download_original(request, number):
    message = email.message_from_string(fetch_bounce(int(number)))
    response = HttpResponse(message.get_payload(), content_type="message/rfc822")
    response["Content-Disposition"] = f"attachment; filename={message['Subject']}.eml"  # sink
    return response


def safe_download_original(request, number):
    message = email.message_from_string(fetch_bounce(int(number)))
    response = HttpResponse(message.get_payload(), content_type="message/rfc822")
    response["Content-Disposition"] = "attachment; filename=original.eml"
    return response
