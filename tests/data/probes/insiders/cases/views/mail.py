# family: header 113 20
import re

from django.core.mail import EmailMessage, send_mail
from django.http import HttpResponse


def safe_notify_subject(request):
    # Django refuses a line break in a header (BadHeaderError)
    send_mail(request.POST["subject"], request.POST["body"], "noreply@insiders.example.com", ["compliance@insiders.example.com"])  # sink
    return HttpResponse(status=202)


def safe_notify_reply_to(request):
    message = EmailMessage("Insider notice", request.POST["body"], to=["compliance@insiders.example.com"], reply_to=[request.POST["reply_to"]])  # sink
    message.send()
    return HttpResponse(status=202)


def vuln_case_header(request):
    # Django refuses a line break here too, but SG-6.5 wants no unvalidated input in a header at all
    response = HttpResponse("ok", content_type="text/plain")
    response["X-Case-Reference"] = request.GET.get("reference", "")  # sink
    return response


def safe_case_header(request):
    reference = request.GET.get("reference", "")
    response = HttpResponse("ok", content_type="text/plain")
    if re.fullmatch(r"IL-[0-9]{6}", reference):
        response["X-Case-Reference"] = reference  # sink
    return response
