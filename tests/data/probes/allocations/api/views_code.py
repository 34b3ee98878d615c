# family: code 94 95
import ast

from rest_framework.response import Response
from rest_framework.views import APIView


class VulnLimitFormula(APIView):
    def post(self, request):
        limits = eval(request.data["limits"])  # sink
        return Response({"desks": sorted(limits)})


class SafeLimitFormula(APIView):
    def post(self, request):
        limits = ast.literal_eval(request.data["limits"])  # sink
        return Response({"desks": sorted(limits)})
