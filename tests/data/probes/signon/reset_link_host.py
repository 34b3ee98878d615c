# family: resetlink 640
import secrets

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, send_mail
from django.http import HttpRequest, HttpResponse
from flask import Flask, current_app, render_template, request
from flask_mail import Mail, Message

app = Flask(__name__)
mail = Mail(app)


def _reset_url(token: str) -> str:
    return f"{request.host_url}account/reset/{token}"


@app.post("/account/forgot")
def vuln_flask_reset_mail() -> str:
    token = secrets.token_urlsafe(32)
    msg = Message("Reset your portal password", recipients=[request.form["email"]])
    msg.body = render_template("mail/reset.txt", link=_reset_url(token))  # sink
    mail.send(msg)
    return "If the address is known, a link is on its way."


@app.post("/account/forgot/configured")
def safe_flask_reset_mail() -> str:
    token = secrets.token_urlsafe(32)
    link = f"{current_app.config['PORTAL_BASE_URL']}/account/reset/{token}"
    msg = Message("Reset your portal password", recipients=[request.form["email"]])
    msg.body = render_template("mail/reset.txt", link=link)
    mail.send(msg)
    return "If the address is known, a link is on its way."


@app.post("/login/magic-link")
def vuln_flask_magic_link() -> str:
    token = secrets.token_urlsafe(32)
    link = request.url_root.rstrip("/") + "/login/magic?token=" + token
    mail.send(Message("Your sign-in link", recipients=[request.form["email"]], body=f"Sign in: {link}"))  # sink
    return "sent"


def vuln_django_reset_mail(request: HttpRequest) -> HttpResponse:
    token = secrets.token_urlsafe(32)
    link = "https://%s/account/reset/%s" % (request.META["HTTP_HOST"], token)
    message = EmailMultiAlternatives("Reset your portal password", f"Open {link}", to=[request.POST["email"]])  # sink
    message.send()
    return HttpResponse("sent")


def safe_django_reset_mail(request: HttpRequest) -> HttpResponse:
    token = secrets.token_urlsafe(32)
    link = request.build_absolute_uri(f"/account/reset/{token}")  # the host checked against ALLOWED_HOSTS
    message = EmailMultiAlternatives("Reset your portal password", f"Open {link}", to=[request.POST["email"]])
    message.send()
    return HttpResponse("sent")


def vuln_django_invitation(request: HttpRequest) -> HttpResponse:
    code = secrets.token_urlsafe(16)
    host = request.headers.get("X-Forwarded-Host") or request.get_host()
    send_mail("Join the portal", f"https://{host}/invite/{code}", "noreply@portal.example", [request.POST["email"]])  # sink
    return HttpResponse("sent")


def safe_django_invitation(request: HttpRequest) -> HttpResponse:
    code = secrets.token_urlsafe(16)
    link = f"{settings.PORTAL_BASE_URL}/invite/{code}"
    send_mail("Join the portal", link, "noreply@portal.example", [request.POST["email"]])
    return HttpResponse("sent")
