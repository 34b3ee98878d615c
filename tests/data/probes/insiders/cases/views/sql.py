# family: sql 89
import json

from django.db import connection
from django.db.models import F, Func, Value
from django.db.models.expressions import RawSQL
from django.http import JsonResponse
from django.shortcuts import render
from django.views.generic import DetailView, FormView, ListView

from ..forms import CaseFilterForm, CaseForm, InsiderForm
from ..models import Case, Insider

COLUMNS = {"title", "desk", "status", "opened"}
SUFFIXES = {"short": " (s)", "long": " (long form)"}


def vuln_insider_search(request):
    term = request.GET.get("q", "")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT full_name FROM cases_insider WHERE full_name LIKE '%{term}%'")  # sink
        rows = cursor.fetchall()
    return JsonResponse({"names": [r[0] for r in rows]})


def safe_insider_search(request):
    term = request.GET.get("q", "")
    with connection.cursor() as cursor:
        cursor.execute("SELECT full_name FROM cases_insider WHERE full_name LIKE %s", [f"%{term}%"])  # sink
        rows = cursor.fetchall()
    return JsonResponse({"names": [r[0] for r in rows]})


def vuln_case_by_reference(request, reference):  # <str:reference>
    case = Case.objects.raw(f"SELECT * FROM cases_case WHERE reference = '{reference}'")[0]  # sink
    return render(request, "cases/detail.html", {"case": case})


def safe_case_by_number(request, number):  # <int:number>
    case = Case.objects.raw(f"SELECT * FROM cases_case WHERE id = {number}")[0]  # sink
    return render(request, "cases/detail.html", {"case": case})


def vuln_case_by_path(request, trail):  # re_path (?P<trail>.+)
    cases = Case.objects.raw("SELECT * FROM cases_case WHERE slug = '%s'" % trail)  # sink
    return render(request, "cases/list.html", {"cases": cases})


def safe_case_by_year(request, year):  # re_path (?P<year>[0-9]{4})
    cases = Case.objects.raw("SELECT * FROM cases_case WHERE strftime('%%Y', opened) = '%s'" % year)  # sink
    return render(request, "cases/list.html", {"cases": cases})


def vuln_department_list(request):
    department = request.POST["department"]
    insiders = Insider.objects.extra(where=[f"department = '{department}'"])  # sink
    return render(request, "cases/insiders.html", {"insiders": insiders})


def safe_department_list(request):
    department = request.POST["department"]
    insiders = Insider.objects.extra(where=["department = %s"], params=[department])  # sink
    return render(request, "cases/insiders.html", {"insiders": insiders})


def vuln_flagged_cases(request):
    status = request.GET.get("status", "open")
    cases = Case.objects.extra(select={"flagged": "status = '%s'" % status})  # sink
    return render(request, "cases/list.html", {"cases": cases})


def safe_flagged_cases(request):
    status = request.GET.get("status", "open")
    cases = Case.objects.extra(select={"flagged": "status = %s"}, select_params=(status,))  # sink
    return render(request, "cases/list.html", {"cases": cases})


def vuln_weighted_insiders(request):
    weight = request.GET.get("weight", "1")
    insiders = Insider.objects.annotate(score=RawSQL(f"LENGTH(full_name) * {weight}", []))  # sink
    return render(request, "cases/insiders.html", {"insiders": insiders})


def safe_weighted_insiders(request):
    weight = request.GET.get("weight", "1")
    insiders = Insider.objects.annotate(score=RawSQL("LENGTH(full_name) * %s", (weight,)))  # sink
    return render(request, "cases/insiders.html", {"insiders": insiders})


def vuln_labelled_cases(request):
    suffix = request.GET.get("suffix", "")
    label = Func(F("title"), template=f"%(expressions)s || '{suffix}'")  # sink
    return render(request, "cases/list.html", {"cases": Case.objects.annotate(label=label)})


def safe_labelled_cases(request):
    suffix = SUFFIXES.get(request.GET.get("suffix", ""), "")
    label = Func(F("title"), template=f"%(expressions)s || '{suffix}'")  # sink
    return render(request, "cases/list.html", {"cases": Case.objects.annotate(label=label)})


def safe_labelled_cases_value(request):
    suffix = request.GET.get("suffix", "")
    label = Func(F("title"), Value(suffix), template="%(expressions)s", arg_joiner=" || ")  # sink
    return render(request, "cases/list.html", {"cases": Case.objects.annotate(label=label)})


def vuln_cases_by_ids(request):
    ids = request.GET.getlist("id")
    cases = Case.objects.raw(f"SELECT * FROM cases_case WHERE id IN ({','.join(ids)})")  # sink
    return render(request, "cases/list.html", {"cases": cases})


def safe_cases_by_ids(request):
    ids = request.GET.getlist("id")
    cases = Case.objects.raw(f"SELECT * FROM cases_case WHERE id IN ({','.join(str(int(i)) for i in ids)})")  # sink
    return render(request, "cases/list.html", {"cases": cases})


def vuln_filtered_cases(request):
    filters = request.GET.dict()
    where = " AND ".join(f"{column} = %s" for column in filters)
    cases = Case.objects.raw(f"SELECT * FROM cases_case WHERE {where}", list(filters.values()))  # sink
    return render(request, "cases/list.html", {"cases": cases})


def safe_filtered_cases(request):
    filters = {k: v for k, v in request.GET.dict().items() if k in COLUMNS}
    where = " AND ".join(f"{column} = %s" for column in filters)
    cases = Case.objects.raw(f"SELECT * FROM cases_case WHERE {where}", list(filters.values()))  # sink
    return render(request, "cases/list.html", {"cases": cases})


def vuln_update_case(request, pk):  # <int:pk>
    assignments, params = [], []
    for field, value in request.POST.items():
        assignments.append(f"{field} = %s")
        params.append(value)
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE cases_case SET {', '.join(assignments)} WHERE id = %s", [*params, pk])  # sink
    return JsonResponse({"updated": pk})


def safe_update_case(request, pk):  # <int:pk>
    assignments, params = [], []
    for field, value in request.POST.items():
        if field not in COLUMNS:
            continue
        assignments.append(f"{field} = %s")
        params.append(value)
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE cases_case SET {', '.join(assignments)} WHERE id = %s", [*params, pk])  # sink
    return JsonResponse({"updated": pk})


def vuln_bulk_tag(request):
    payload = json.loads(request.body)
    with connection.cursor() as cursor:
        cursor.execute("UPDATE cases_case SET status = 'tagged' WHERE desk = '" + payload["desk"] + "'")  # sink
    return JsonResponse({"ok": True})


def safe_bulk_tag(request):
    payload = json.loads(request.body)
    with connection.cursor() as cursor:
        cursor.execute("UPDATE cases_case SET status = 'tagged' WHERE desk = %s", [payload["desk"]])  # sink
    return JsonResponse({"ok": True})


def vuln_tenant_cases(request):
    tenant = request.META.get("HTTP_X_TENANT", "main")
    cases = Case.objects.raw("SELECT * FROM cases_case WHERE desk = '{}'".format(tenant))  # sink
    return render(request, "cases/list.html", {"cases": cases})


def safe_tenant_cases(request):
    tenant = request.META.get("HTTP_X_TENANT", "main")
    cases = Case.objects.raw("SELECT * FROM cases_case WHERE desk = %s", [tenant])  # sink
    return render(request, "cases/list.html", {"cases": cases})


def vuln_cookie_desk(request):
    desk = request.COOKIES.get("desk", "equities")
    cases = Case.objects.raw("SELECT * FROM cases_case WHERE desk = '%s'" % desk)  # sink
    return render(request, "cases/list.html", {"cases": cases})


def vuln_header_desk(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM cases_case WHERE desk = '%s'" % request.headers["X-Desk"])  # sink
        (count,) = cursor.fetchone()
    return JsonResponse({"count": count})


def vuln_middleware_desk(request):
    cases = Case.objects.raw(f"SELECT * FROM cases_case WHERE desk = '{request.desk}'")  # sink
    return render(request, "cases/list.html", {"cases": cases})


def safe_middleware_desk(request):
    cases = Case.objects.raw(f"SELECT * FROM cases_case WHERE desk_id = {request.desk_id}")  # sink
    return render(request, "cases/list.html", {"cases": cases})


def vuln_filter_form_desk(request):
    form = CaseFilterForm(request.GET)
    if not form.is_valid():
        return JsonResponse(form.errors, status=400)
    cases = Case.objects.raw(f"SELECT * FROM cases_case WHERE desk = '{form.cleaned_data['desk']}'")  # sink
    return render(request, "cases/list.html", {"cases": cases})


def safe_filter_form_year(request):
    form = CaseFilterForm(request.GET)
    if not form.is_valid():
        return JsonResponse(form.errors, status=400)
    cases = Case.objects.raw(f"SELECT * FROM cases_case WHERE strftime('%Y', opened) = '{form.cleaned_data['year']}'")  # sink
    return render(request, "cases/list.html", {"cases": cases})


def safe_filter_form_status(request):
    form = CaseFilterForm(request.GET)
    if not form.is_valid():
        return JsonResponse(form.errors, status=400)
    status = form.cleaned_data["status"]
    cases = Case.objects.raw(f"SELECT * FROM cases_case WHERE status = '{status}'")  # sink
    return render(request, "cases/list.html", {"cases": cases})


def safe_filter_form_reference(request):
    form = CaseFilterForm(request.GET)
    if not form.is_valid():
        return JsonResponse(form.errors, status=400)
    reference = form.cleaned_data["reference"]
    cases = Case.objects.raw(f"SELECT * FROM cases_case WHERE reference = '{reference}'")  # sink
    return render(request, "cases/list.html", {"cases": cases})


def safe_filter_form_code(request):
    form = CaseFilterForm(request.GET)
    if not form.is_valid():
        return JsonResponse(form.errors, status=400)
    code = form.cleaned_data["code"]
    cases = Case.objects.raw(f"SELECT * FROM cases_case WHERE slug = '{code}'")  # sink
    return render(request, "cases/list.html", {"cases": cases})


def vuln_filter_form_owner(request):
    # an e-mail address may hold a quote: o'brien@example.com is valid, and so is x'--@example.com
    form = CaseFilterForm(request.GET)
    if not form.is_valid():
        return JsonResponse(form.errors, status=400)
    owner = form.cleaned_data["owner"]
    insiders = Insider.objects.raw(f"SELECT * FROM cases_insider WHERE email = '{owner}'")  # sink
    return render(request, "cases/insiders.html", {"insiders": insiders})


def vuln_insider_form(request):
    form = InsiderForm(request.POST)
    if form.is_valid():
        name = form.cleaned_data["full_name"]
        with connection.cursor() as cursor:
            cursor.execute(f"INSERT INTO audit (entry) VALUES ('added {name}')")  # sink
        form.save()
    return render(request, "cases/insider_form.html", {"form": form})


def safe_insider_form(request):
    form = InsiderForm(request.POST)
    if form.is_valid():
        name = form.cleaned_data["full_name"]
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO audit (entry) VALUES (%s)", [f"added {name}"])  # sink
        form.save()
    return render(request, "cases/insider_form.html", {"form": form})


class VulnDeskCaseList(ListView):
    template_name = "cases/list.html"

    def get_queryset(self):
        desk = self.request.GET.get("desk", "equities")
        return Case.objects.raw(f"SELECT * FROM cases_case WHERE desk = '{desk}'")  # sink


class SafeDeskCaseList(ListView):
    template_name = "cases/list.html"

    def get_queryset(self):
        desk = self.request.GET.get("desk", "equities")
        return Case.objects.raw("SELECT * FROM cases_case WHERE desk = %s", [desk])  # sink


class VulnCaseByReference(DetailView):  # <str:reference>
    template_name = "cases/detail.html"

    def get_object(self, queryset=None):
        return Case.objects.raw(f"SELECT * FROM cases_case WHERE reference = '{self.kwargs['reference']}'")[0]  # sink


class SafeCaseByPk(DetailView):  # <int:pk>
    template_name = "cases/detail.html"

    def get_object(self, queryset=None):
        return Case.objects.raw(f"SELECT * FROM cases_case WHERE id = {self.kwargs['pk']}")[0]  # sink


class VulnInsiderCreate(FormView):
    form_class = CaseFilterForm
    template_name = "cases/filter.html"
    success_url = "/cases/"

    def form_valid(self, form):
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO saved_filter (note) VALUES ('%s')" % form.cleaned_data["note"])  # sink
        return super().form_valid(form)


class SafeInsiderCreate(FormView):
    form_class = CaseFilterForm
    template_name = "cases/filter.html"
    success_url = "/cases/"

    def form_valid(self, form):
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO saved_filter (note) VALUES (%s)", [form.cleaned_data["note"]])  # sink
        return super().form_valid(form)


class VulnCaseContext(DetailView):
    model = Case
    template_name = "cases/detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        department = self.request.GET.get("department", "")
        context["insiders"] = Insider.objects.raw(  # sink
            f"SELECT * FROM cases_insider WHERE case_id = %s AND department = '{department}'",
            [self.object.pk],
        )
        return context


class SafeCaseContext(DetailView):
    model = Case
    template_name = "cases/detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        department = self.request.GET.get("department", "")
        context["insiders"] = Insider.objects.raw(  # sink
            "SELECT * FROM cases_insider WHERE case_id = %s AND department = %s",
            [self.object.pk, department],
        )
        return context


def vuln_case_form_desk(request):
    form = CaseForm(request.POST)
    if not form.is_valid():
        return JsonResponse(form.errors, status=400)
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE desks SET open_cases = open_cases + 1 WHERE name = '{form.cleaned_data['desk']}'")  # sink
    return JsonResponse({"saved": form.save().pk})


def safe_case_form_priority(request):
    # a ModelForm's field is made from the model's: a PositiveSmallIntegerField is an integer
    form = CaseForm(request.POST)
    if not form.is_valid():
        return JsonResponse(form.errors, status=400)
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE queue SET weight = weight + {form.cleaned_data['priority']}")  # sink
    return JsonResponse({"saved": form.save().pk})
