# family: ssti 1336 94
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

SUBJECTS = {
    "note": "New research note on {issuer}",
    "rating": "Rating change for {issuer}: {rating}",
}


def vuln_custom_subject(request):
    line = request.POST.get("subject", "Update on {issuer}")
    return JsonResponse({"subject": line.format_map({"issuer": request.POST["issuer"], "desk": request.user})})  # sink


def safe_subject_by_kind(request):
    kind = request.POST.get("kind", "note")
    line = SUBJECTS.get(kind, SUBJECTS["note"])
    return JsonResponse({"subject": line.format(issuer=request.POST["issuer"], rating=request.POST.get("rating", ""))})


def safe_translated_subject(request):
    issuers = request.POST.getlist("issuer")
    count = len(issuers)
    title = ngettext("{count} issuer updated", "{count} issuers updated", count).format(count=count)
    return JsonResponse({"title": title, "by": _("Prepared for {client}").format(client=request.POST["client"])})
