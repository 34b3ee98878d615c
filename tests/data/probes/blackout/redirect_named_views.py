# family: redirect 601
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_POST
from flask import Flask, request, url_for
from flask import redirect as flask_redirect

app = Flask(__name__)


@require_POST
def vuln_after_lift(request):
    return redirect(request.POST.get("back", "/blackouts/"))  # sink


@require_POST
def safe_after_lift(request):
    return redirect("blackouts:detail", pk=request.POST["blackout"])  # sink


def vuln_next_note(request):
    target = request.GET.get("next") or reverse("notes:index")
    return redirect(target)  # sink


def safe_next_note(request):
    target = reverse("notes:detail", kwargs={"slug": request.GET["slug"]})
    return redirect(target)  # sink


@app.get("/rooms/leave")
def vuln_leave_room():
    return flask_redirect(request.args.get("to") or url_for("rooms"))  # sink


@app.get("/rooms/leave/safe")
def safe_leave_room():
    return flask_redirect(url_for("room", room_id=request.args["room"]))  # sink
