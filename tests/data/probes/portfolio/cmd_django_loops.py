# family: cmd 78
import os

from django.http import JsonResponse

JOBS = {"eod": "run-eod --all", "fx": "run-fx --rates"}


def vuln_jobs(request):
    done = []
    for name in request.POST.getlist("job"):
        if name in done:
            continue
        os.system("scheduler " + name)  # sink
        done.append(name)
    return JsonResponse({"done": done})


def safe_jobs(request):
    done = []
    for name in request.POST.getlist("job"):
        if name not in JOBS:
            continue
        os.system(JOBS[name])  # sink
        done.append(name)
    return JsonResponse({"done": done})


def vuln_retry(request):
    host = request.POST.get("host", "")
    attempts = 0
    while attempts < 3:
        if os.system(f"ping -c 1 {host}") == 0:  # sink
            break
        attempts += 1
    return JsonResponse({"attempts": attempts})


def safe_retry(request):
    host = "ledger-1.internal" if request.POST.get("host") == "primary" else "ledger-2.internal"
    attempts = 0
    while attempts < 3:
        if os.system(f"ping -c 1 {host}") == 0:  # sink
            break
        attempts += 1
    return JsonResponse({"attempts": attempts})
