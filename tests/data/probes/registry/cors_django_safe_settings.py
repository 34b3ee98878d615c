# family: cors 942
INSTALLED_APPS = ["django.contrib.auth", "corsheaders", "registry"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware", "django.middleware.common.CommonMiddleware"]
ROOT_URLCONF = "registry.urls"
CORS_ALLOWED_ORIGINS = ["https://registry.firm.example"]
CORS_ALLOW_CREDENTIALS = True


def safe_settings():
    return CORS_ALLOWED_ORIGINS
