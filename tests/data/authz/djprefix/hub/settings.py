INSTALLED_APPS = ["django.contrib.auth", "ledger", "pages"]
MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "hub.middleware.SignInWall",
]
ROOT_URLCONF = "hub.urls"
