# family: random 330 338
import random
import secrets

from django.http import JsonResponse
from django.views import View


class VulnApiKeyView(View):
    def _new_key(self):
        return "%032x" % random.getrandbits(128)  # sink

    def post(self, request):
        key = self._new_key()
        return JsonResponse({"api_key": key})  # sink


class SafeApiKeyView(View):
    def _new_key(self):
        return secrets.token_hex(16)

    def post(self, request):
        key = self._new_key()
        return JsonResponse({"api_key": key})  # sink


def vuln_reset_link(request):
    token = str(random.randint(10**11, 10**12))  # sink
    request.session["reset_token"] = token  # sink
    return JsonResponse({"sent": True})
