# family: deser 502
import base64
import pickle
import zlib

from django.conf import settings
from django.core.signing import BadSignature, Signer
from django.http import HttpResponseBadRequest, JsonResponse


def vuln_restore_view(request):
    blob = zlib.decompress(base64.urlsafe_b64decode(request.COOKIES["room_view"]))
    return JsonResponse({"view": pickle.loads(blob)})  # sink


def safe_restore_view(request):
    try:
        packed = Signer(key=settings.VIEW_STATE_KEY).unsign(request.COOKIES["room_view"])
    except BadSignature:
        return HttpResponseBadRequest()
    blob = zlib.decompress(base64.urlsafe_b64decode(packed))
    return JsonResponse({"view": pickle.loads(blob)})  # sink
