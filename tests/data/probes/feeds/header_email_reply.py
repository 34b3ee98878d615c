# family: header 113 20
import email

from django.http import HttpResponse


def vuln_download_original(request, raw):
    message = email.message_from_string(raw)
    response = HttpResponse(message.get_payload(), content_type="message/rfc822")
    response["Content-Disposition"] = f"attachment; filename={message['Subject']}.eml"  # sink
    return response


def safe_download_original(request, raw):
    message = email.message_from_string(raw)
    response = HttpResponse(message.get_payload(), content_type="message/rfc822")
    response["Content-Disposition"] = "attachment; filename=original.eml"
    return response
