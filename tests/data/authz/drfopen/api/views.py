from rest_framework import permissions
from rest_framework.decorators import action, api_view, permission_classes
from rest_framework.response import Response
from rest_framework.viewsets import ModelViewSet

from api.models import Order
from core.base import OpenViewSet, SecuredViewSet


class OrderViewSet(SecuredViewSet):  # quiet
    queryset = Order.objects.all()

    @action(detail=False, permission_classes=[permissions.IsAdminUser])
    def audit(self, request):
        return Response(list(Order.objects.values()))


class QuoteViewSet(ModelViewSet):  # quiet
    queryset = Order.objects.all()

    def get_permissions(self):
        if self.action in ("list", "retrieve"):
            return [permissions.IsAuthenticated()]
        return [permissions.IsAdminUser()]


class TradeViewSet(ModelViewSet):  # expect
    queryset = Order.objects.all()


class RateViewSet(OpenViewSet):  # expect
    queryset = Order.objects.all()


@api_view(["GET"])
@permission_classes([permissions.IsAuthenticated])
def blotter(request):  # quiet
    return Response(list(Order.objects.values()))


@api_view(["GET"])
def book(request):  # expect
    return Response(list(Order.objects.values()))
