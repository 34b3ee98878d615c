from django.urls import path

from deals import views

urlpatterns = [
    path("", views.Dashboard.as_view(), name="dashboard"),
    path("list/", views.DealList.as_view()),
    path("<int:pk>/", views.DealDetail.as_view()),
    path("history/", views.DealHistory.as_view()),
    path("<int:pk>/parties/", views.DealParties.as_view()),
    path("pipeline/", views.pipeline),
    path("<int:pk>/insiders/", views.insider_list),
    path("health/", views.health),
    path("login/", views.sign_in, name="sign-in"),
    path("logout/", views.sign_out),
]
