# family: deser 502
import base64
import hashlib
import hmac
import logging
import pickle

from django.conf import settings
from django.http import HttpResponseForbidden, JsonResponse

log = logging.getLogger(__name__)


def vuln_resume_application(request):
    blob = base64.b64decode(request.POST["state"])
    expected = hmac.new(settings.SECRET_KEY.encode(), blob, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(request.POST["sig"], expected):
        log.warning("application state with a bad signature")
    state = pickle.loads(blob)  # sink
    return JsonResponse({"step": state["step"]})


def safe_resume_application(request):
    blob = base64.b64decode(request.POST["state"])
    expected = hmac.new(settings.SECRET_KEY.encode(), blob, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(request.POST["sig"], expected):
        log.warning("application state with a bad signature")
        return HttpResponseForbidden()
    state = pickle.loads(blob)  # sink
    return JsonResponse({"step": state["step"]})
