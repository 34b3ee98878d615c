from django.urls import include, path
from rest_framework.routers import DefaultRouter

from api import views

router = DefaultRouter()
router.register("funds", views.FundViewSet)
router.register("prices", views.PriceViewSet)

urlpatterns = [
    path("api/", include(router.urls)),
    path("api/holdings/", views.Holdings.as_view()),
    path("api/nav/", views.nav),
    path("api/ping/", views.ping),
]
