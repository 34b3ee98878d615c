from django.urls import path

from deals import login_views, views

urlpatterns = [
    path("<int:pk>/", views.deal_detail),
    path("<int:pk>/edit/", views.edit_deal),
    path("<int:pk>/raw/", views.raw_deal),
    path("<int:pk>/history/", views.DealHistory.as_view()),
    path("api/", views.DealViewSet.as_view({"get": "list"})),
    path("api/open/", views.OpenDealViewSet.as_view({"get": "list"})),
    path("api/fn/", views.deal_api),
    path("api/fn/open/", views.open_deal_api),
    path("old/", views.OldDeals.as_view()),
    path("old/<int:pk>/", views.OldDeal.as_view()),
    path("go/<int:pk>/", views.DealJump.as_view()),
    path("period/<int:year>/", views.DealsByPeriod.as_view()),
    path("client/<str:client>/", views.DealsOfClient.as_view()),
    path("login/<str:backend>/", login_views.social_begin),
    path("complete/<str:backend>/", login_views.social_finish),
    path("return/<str:backend>/", login_views.social_return),
    path("status/<str:backend>/", login_views.social_status),
    path("oauth/login/", login_views.oauth_login),
    path("oauth/callback/", login_views.oauth_callback),
    path("second-factor/", login_views.SecondFactorStep.as_view()),
    path("second-factor/plain/", login_views.SecondFactorForm.as_view()),
]
