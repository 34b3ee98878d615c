from django.urls import path

from . import (
    cbv_django_cmd,
    cmd_os_system,
    django_kwargs_xss_path,
    django_urlkwargs_sql,
    sql_format_cursor,
    weak_random_django,
    xss_django,
)

urlpatterns = [
    path("convert/", cbv_django_cmd.VulnConvertView.as_view()),
    path("convert/safe/", cbv_django_cmd.SafeConvertView.as_view()),
    path("restore/<str:archive>/", cmd_os_system.vuln_restore),
    path("restore/safe/<str:archive>/", cmd_os_system.safe_restore),
    path("teams/<str:team>/", django_urlkwargs_sql.VulnTeamView.as_view()),
    path("teams/id/<int:team_id>/", django_urlkwargs_sql.SafeTeamView.as_view()),
    path("members/<str:member>/", django_urlkwargs_sql.vuln_member_detail),
    path("orders/<int:customer_id>/", sql_format_cursor.vuln_orders),
    path("orders/safe/<int:customer_id>/", sql_format_cursor.safe_orders),
    path("users/<int:user_id>/reset/", weak_random_django.vuln_reset_password),
    path("users/<int:user_id>/reset/safe/", weak_random_django.safe_reset_password),
    path("greet/<str:username>/", xss_django.safe_greet),
    path("hello/<str:username>/", django_kwargs_xss_path.vuln_hello),
    path("hello/id/<int:user_id>/", django_kwargs_xss_path.safe_hello),
    path("files/<path:filename>", django_kwargs_xss_path.vuln_attachment),
    path("files/safe/<path:filename>", django_kwargs_xss_path.safe_attachment),
]
