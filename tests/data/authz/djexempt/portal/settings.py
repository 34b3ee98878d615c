INSTALLED_APPS = ["django.contrib.auth", "books"]
MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "portal.middleware.LoginWall",
]
ROOT_URLCONF = "portal.urls"
OPEN_VIEWS = ["health"]
