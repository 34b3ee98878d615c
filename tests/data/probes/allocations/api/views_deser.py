# family: deser 502
import base64
import pickle

import yaml
from django.core import signing
from rest_framework.response import Response
from rest_framework.views import APIView


class VulnDraftRestore(APIView):
    def post(self, request):
        draft = pickle.loads(base64.b64decode(request.data["draft"]))  # sink
        return Response({"lines": len(draft)})


class SafeDraftRestore(APIView):
    def post(self, request):
        draft = signing.loads(request.data["draft"], salt="allocation-draft", max_age=3600)  # sink
        return Response({"lines": len(draft)})


class VulnRuleImport(APIView):
    def post(self, request):
        rules = yaml.load(request.FILES["rules"].read(), Loader=yaml.Loader)  # sink
        return Response({"rules": len(rules)})


class SafeRuleImport(APIView):
    def post(self, request):
        rules = yaml.load(request.FILES["rules"].read(), Loader=yaml.SafeLoader)  # sink
        return Response({"rules": len(rules)})
