# family: xss 79 80
from django.core.mail import EmailMultiAlternatives, send_mail
from django.http import JsonResponse
from django.template.loader import render_to_string
from django.utils.html import escape

COMPLIANCE = ["compliance@example.com"]


def vuln_breach_mail(request, pk):
    comment = request.POST.get("comment", "")
    send_mail(
        f"Breach {pk} commented",
        comment,
        "console@example.com",
        COMPLIANCE,
        html_message=f"<p>Breach {pk}</p><blockquote>{comment}</blockquote>",  # sink
    )
    return JsonResponse({"sent": True})


def safe_breach_mail(request, pk):
    comment = request.POST.get("comment", "")
    send_mail(
        f"Breach {pk} commented",
        comment,
        "console@example.com",
        COMPLIANCE,
        html_message=render_to_string("console/mail/comment.html", {"pk": pk, "comment": comment}),  # sink
    )
    return JsonResponse({"sent": True})


def vuln_digest_mail(request):
    title = request.POST.get("title", "Daily digest")
    mail = EmailMultiAlternatives(title, "See the HTML part.", "console@example.com", COMPLIANCE)
    mail.attach_alternative(f"<h1>{title}</h1><p>Open breaches are attached.</p>", "text/html")  # sink
    mail.send()
    return JsonResponse({"sent": True})


def safe_digest_mail(request):
    title = request.POST.get("title", "Daily digest")
    mail = EmailMultiAlternatives(title, "See the HTML part.", "console@example.com", COMPLIANCE)
    mail.attach_alternative(f"<h1>{escape(title)}</h1><p>Open breaches are attached.</p>", "text/html")  # sink
    mail.send()
    return JsonResponse({"sent": True})
