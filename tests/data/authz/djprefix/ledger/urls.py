from django.urls import path

from ledger import views

urlpatterns = [
    path("", views.entries),
    path("<int:pk>/", views.entry),
    path("pages/", views.ledger_pages),
]
