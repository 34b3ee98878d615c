# family: deser 502
import hashlib
import hmac
import os
import pickle

from django.http import HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import csrf_exempt

# the key this service signs the replay snapshots it hands to its own recovery job with
SNAPSHOT_KEY = os.environ["FEEDS_SNAPSHOT_KEY"].encode()


@csrf_exempt
def vuln_restore_snapshot(request):
    snapshot = pickle.loads(request.body)  # sink
    return JsonResponse({"restored": len(snapshot)})


@csrf_exempt
def safe_restore_snapshot(request):
    expected = hmac.new(SNAPSHOT_KEY, request.body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(request.headers.get("X-Snapshot-Mac", ""), expected):
        return HttpResponseForbidden()
    snapshot = pickle.loads(request.body)
    return JsonResponse({"restored": len(snapshot)})
