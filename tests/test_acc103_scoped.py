"""ACC103 on views that decide per record (issue 14, item 3): what they show is read through the requesting
user's access (object-level authorization), and they change nothing without a check."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.conftest import Run

PACKAGE = {"desk/__init__.py": "", "desk/deals/__init__.py": ""}

VIEWS = """
from django.contrib.auth.models import User
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST
from django.views.generic import DetailView, ListView, UpdateView

from desk.deals.models import Deal, Desk, Note


def deal_list(request):
    deals = request.user.allowed_deals.order_by("-opened")
    return render(request, "deals/list.html", {"deals": deals})


def desk_board(request, slug):
    desk = get_object_or_404(Desk, slug=slug)
    return render(request, "deals/desk.html", {"deals": desk.deals.filter_access(request.user)})


def pinned(request):
    return render(request, "deals/pinned.html", {"boards": board_for(request.user, "pinned")})


def board_for(viewer, kind):
    return [d for d in Deal.objects.visible_to(viewer) if d.kind == kind]


def desk_page(request, slug):
    desk = get_object_or_404(Desk, slug=slug)
    user = request.user
    if request.method == "POST" and user.has_perm("deals.close_desk"):
        desk.delete()
        return redirect("desks")
    return render(request, "deals/desk.html", {"deals": user.allowed_deals.filter(desk=desk)})


def greeting(request):
    return render(request, "deals/hello.html", {"name": request.user.visible_name, "deals": Deal.objects.all()})


def colleague_deals(request):
    colleague = User.objects.get(pk=request.GET["id"])
    return render(request, "deals/list.html", {"deals": colleague.allowed_deals})


def shared_with(request):
    user = request.user
    if "as" in request.GET:
        user = User.objects.get(username=request.GET["as"])
    return render(request, "deals/list.html", {"deals": Deal.objects.filter_access(user)})


def rename_desk(request, slug):
    desk = get_object_or_404(Desk, slug=slug)
    if request.method == "POST":
        desk.name = request.POST["name"]
        desk.save()
    return render(request, "deals/desk.html", {"deals": desk.deals.filter_access(request.user)})


def touch_deal(request, pk):
    deal = get_object_or_404(request.user.allowed_deals, pk=pk)
    Note.objects.create(deal=deal, text="seen")
    return render(request, "deals/deal.html", {"deal": deal})


@require_POST
def archive_deal(request, pk):
    deal = get_object_or_404(request.user.allowed_deals, pk=pk)
    deal.archived = True
    deal.save(update_fields=["archived"])
    return redirect("deals")


def viewer_rights(request):
    if request.user.is_allowed_to_export:
        return render(request, "deals/export.html", {"deals": Deal.objects.all()})
    return render(request, "deals/list.html", {"deals": Deal.objects.all()})


class NoteList(ListView):
    model = Note

    def get_queryset(self):
        return Note.objects.filter_access(self.request.user).order_by("-written")


class DeskDetail(DetailView):
    model = Desk

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        request = self.request
        context["deals"] = request.user.allowed_deals.filter(desk=self.object)
        return context


class DeskEdit(UpdateView):
    model = Desk
    fields = ["name"]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["deals"] = Deal.objects.filter_access(self.request.user)
        return context


class DeskManage(UpdateView):
    model = Desk
    fields = ["name"]

    def post(self, request, *args, **kwargs):
        if not request.user.has_perm("deals.change_desk"):
            return redirect("desks")
        return super().post(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["deals"] = Deal.objects.filter_access(self.request.user)
        return context


class NoteBoard(ListView):
    model = Note

    def get_queryset(self):
        return Note.objects.filter_access(self.request.user)

    def post(self, request):
        Note.objects.filter(pk=request.POST["pk"]).update(pinned=True)
        return redirect("notes")


def export_page(request):
    if request.user.allowed_to_export:
        return render(request, "deals/export.html", {"deals": Deal.objects.all()})
    return render(request, "deals/list.html", {"deals": []})
"""
URLS = """
from django.urls import path
from desk.deals import views

urlpatterns = [
    path("deals/", views.deal_list),
    path("desks/<slug>/board/", views.desk_board),
    path("pinned/", views.pinned),
    path("desks/<slug>/", views.desk_page),
    path("hello/", views.greeting),
    path("colleague/", views.colleague_deals),
    path("shared/", views.shared_with),
    path("desks/<slug>/rename/", views.rename_desk),
    path("deals/<int:pk>/", views.touch_deal),
    path("deals/<int:pk>/archive/", views.archive_deal),
    path("rights/", views.viewer_rights),
    path("notes/", views.NoteList.as_view()),
    path("desks/<slug>/detail/", views.DeskDetail.as_view()),
    path("desks/<slug>/edit/", views.DeskEdit.as_view()),
    path("desks/<slug>/manage/", views.DeskManage.as_view()),
    path("notes/board/", views.NoteBoard.as_view()),
    path("export/", views.export_page),
]
"""


def test_a_view_reading_through_the_requesters_access_decides_per_record(
    cli: Callable[..., Run], project: Callable[[dict[str, str]], Path]
) -> None:
    """Views showing what the requesting user may see (`request.user.allowed_deals`,
    `filter_access(request.user)`, a helper of the project given the requesting user, a class view's
    `get_queryset`/`get_context_data`), whose only write is in a branch that checks, decide per record: they were
    reported and are not. Reported still: a view reading the user's name only, scoping by a user the request
    names (`User.objects.get(pk=request.GET["id"])`, a local the query string may rebind), writing with no check
    (a POST branch, a `create()` on a reading request, a view for POST only), testing a predicate of the user
    that refuses nothing (also one named like a scope, read as a flag), an `UpdateView` whose library `post`
    saves for anyone, a class whose own `post` writes unchecked."""
    root = project({**PACKAGE, "desk/deals/views.py": VIEWS, "desk/urls.py": URLS})
    run = cli("scan", "--select", "ACC103", "--no-cache", "--format", "json", cwd=root)
    assert run.exit_code == 1, run.stderr
    found = [(f["path"], f["start"]["line"]) for f in run.json()["findings"]]
    assert found == [
        ("desk/deals/views.py", line)
        for line in (
            36,  # greeting: the user's name only
            40,  # colleague_deals: the user the request names
            45,  # shared_with: `user` may be rebound from the query string
            52,  # rename_desk: a POST branch with no check
            60,  # touch_deal: create() on every request
            67,  # archive_deal: POST only
            74,  # viewer_rights: a predicate tested, nothing refused
            97,  # DeskEdit: UpdateView's post saves the form for anyone
            122,  # NoteBoard: its own post writes with no check
            133,  # export_page: a scope's name tested as a flag, which refuses nothing
        )
    ]
    message = run.json()["findings"][0]["message"]
    assert "; scopes filter_access, filter_*_access, for_user, *_for_user (+" in message, message


LIBRARY = """
from flask import Flask, g, jsonify, render_template, request

from library.models import Book, Shelf

app = Flask(__name__)


@app.route("/books")
def books():
    return jsonify([b.title for b in g.account.entitled_books])


@app.route("/shelves/<int:shelf_id>")
def shelf(shelf_id):
    return render_template("shelf.html", books=Book.query.filter_access(g.account).filter_by(shelf=shelf_id))


@app.route("/loans")
def loans():
    return render_template("loans.html", loans=loans_of(g.account))


def loans_of(account):
    return [loan for loan in account.entitled_loans if not loan.returned]


@app.route("/shelves/<int:shelf_id>/books", methods=["GET", "POST"])
def shelf_books(shelf_id):
    if request.method == "POST" and g.account.has_permission("shelves.edit"):
        Shelf.query.get(shelf_id).add(request.form["isbn"])
    return render_template("shelf.html", books=g.account.entitled_books)
"""


def test_the_csirt_names_the_scopes_and_the_requesting_user(
    cli: Callable[..., Run], project: Callable[[dict[str, str]], Path]
) -> None:
    """The knowledge base's scopes and requesters do not know a project's own (`g.account.entitled_books`):
    its views are reported, the message listing the scopes accepted. Configured (`scopes`, `requesters`: each
    list replaces the knowledge base's), the views scoped by the configured names are not, also through a
    helper given the user and with a write guarded by a check; `filter_access`, no longer listed, decides
    nothing."""
    files = {"library/__init__.py": "", "library/app.py": LIBRARY}
    root = project(files)
    run = cli("scan", "--select", "ACC103", "--no-cache", "--format", "json", cwd=root)
    assert [f["start"]["line"] for f in run.json()["findings"]] == [9, 14, 19, 28]
    options = '[options.ACC103]\nscopes = ["entitled_*"]\nrequesters = ["g.account"]\n'
    root = project({**files, "guidelint.toml": options})
    run = cli("scan", "--select", "ACC103", "--no-cache", "--format", "json", cwd=root)
    assert run.exit_code == 1, run.stderr
    found = run.json()["findings"]
    assert [(f["path"], f["start"]["line"]) for f in found] == [("library/app.py", 14)]  # shelf(): filter_access
    assert "; scopes entitled_*)" in found[0]["message"], found[0]["message"]
