# family: xss 79 80
from django.shortcuts import render
from django.utils.safestring import mark_safe


def vuln_profile(request):
    context = {"bio": mark_safe(request.POST.get("bio", ""))}  # sink
    return render(request, "profile.html", context)


def safe_profile(request):
    context = {"bio": request.POST.get("bio", "")}  # sink
    return render(request, "profile.html", context)
