from rest_framework.decorators import action, api_view, permission_classes
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView
from rest_framework.viewsets import ModelViewSet, ReadOnlyModelViewSet

from api.models import Fund


class FundViewSet(ModelViewSet):  # quiet
    queryset = Fund.objects.all()

    @action(detail=True, methods=["post"])
    def freeze(self, request, pk=None):
        return Response({"frozen": pk})


class PriceViewSet(ReadOnlyModelViewSet):  # expect
    permission_classes = [AllowAny]
    queryset = Fund.objects.all()


class Holdings(APIView):  # quiet
    def get(self, request):
        return Response(list(Fund.objects.values()))


@api_view(["GET"])
def nav(request):  # quiet
    return Response({"nav": Fund.objects.nav()})


@api_view(["GET"])
@permission_classes([AllowAny])
def ping(request):  # expect
    return Response(list(Fund.objects.values_list("name", flat=True)))
