INSTALLED_APPS = ["django.contrib.contenttypes", "rest_framework", "django_filters", "allocations.api"]
ROOT_URLCONF = "allocations.urls"
REPORTS_DIR = "/srv/allocations/reports"
ALLOWED_CALLBACK_HOSTS = {"hooks.partner-a.example", "hooks.partner-b.example"}
REST_FRAMEWORK = {
    "DEFAULT_PAGINATION_CLASS": "allocations.api.pagination.DeskPagination",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
}
