from django.urls import path

from notes import views

urlpatterns = [
    path("notes/", views.note_list),
    path("notes/archive/", views.NoteArchive.as_view()),
    path("status/", views.status),
]
