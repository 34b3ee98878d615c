from django.urls import include, path

from books import views

urlpatterns = [
    path("health/", views.health),
    path("books/", include("books.urls")),
]
