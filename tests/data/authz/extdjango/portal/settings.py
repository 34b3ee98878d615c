INSTALLED_APPS = ["django.contrib.admin", "django.contrib.auth", "guardian", "rules", "social_django", "deals"]
MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]
ROOT_URLCONF = "portal.urls"
AUTHENTICATION_BACKENDS = ["rules.permissions.ObjectPermissionBackend", "guardian.backends.ObjectPermissionBackend"]
