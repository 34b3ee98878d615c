INSTALLED_APPS = ["django.contrib.auth", "rest_framework", "api"]
ROOT_URLCONF = "core.urls"
