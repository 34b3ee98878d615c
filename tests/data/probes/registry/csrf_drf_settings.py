# family: csrf 352
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from django.http import JsonResponse


@method_decorator(csrf_exempt, name="dispatch")  # sink
class VulnInsiderImport(View):
    def post(self, request):
        return JsonResponse({"imported": len(request.POST)})


class SafeInsiderImport(View):
    def post(self, request):
        return JsonResponse({"imported": len(request.POST)})
