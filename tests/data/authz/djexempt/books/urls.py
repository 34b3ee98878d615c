from django.urls import path

from books import views

urlpatterns = [
    path("rates/", views.rates, name="public-rates"),
    path("ledger/", views.ledger, name="ledger"),
    path("journal/", views.JournalView.as_view(), name="journal"),
]
