# family: header 113 20
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


def safe_case_header(request):
    response = HttpResponse("ok", content_type="text/plain")
    response["X-Case-Reference"] = request.GET.get("reference", "")  # sink
    return response
