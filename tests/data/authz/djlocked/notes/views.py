from django.contrib.auth.decorators import login_not_required
from django.http import HttpResponse, JsonResponse
from django.views.generic import ListView

from notes.models import Note


def note_list(request):  # quiet
    return JsonResponse({"notes": list(Note.objects.values())})


class NoteArchive(ListView):  # quiet
    model = Note


@login_not_required
def status(request):  # quiet
    return HttpResponse("ok")
