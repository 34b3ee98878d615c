from django.http import JsonResponse

from deals.models import Deal


def breaches(request):  # quiet
    return JsonResponse({"breaches": list(Deal.objects.filter(breach=True).values())})


def watch(request):  # quiet
    return JsonResponse({"watch": list(Deal.objects.filter(watched=True).values())})
