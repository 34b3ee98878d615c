from django.urls import include, path
from rest_framework.routers import DefaultRouter

from api import views

router = DefaultRouter()
router.register("orders", views.OrderViewSet)
router.register("quotes", views.QuoteViewSet)
router.register("trades", views.TradeViewSet)
router.register("rates", views.RateViewSet)

urlpatterns = [
    path("api/", include(router.urls)),
    path("api/blotter/", views.blotter),
    path("api/book/", views.book),
]
