# family: session 501
from django.http import HttpResponse

from .web.forms import ChallengeForm


def safe_check_answer(request):
    form = ChallengeForm(request, data=request.POST)
    return HttpResponse("ok" if form.is_valid() else "again")


def vuln_check_answer_desk(request):
    form = ChallengeForm(request, data=request.POST)
    return HttpResponse("ok" if form.is_valid_keeping_desk() else "again")  # sink
