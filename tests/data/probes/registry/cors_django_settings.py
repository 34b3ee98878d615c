# family: cors 942
INSTALLED_APPS = ["django.contrib.auth", "corsheaders", "registry"]
MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware", "django.middleware.common.CommonMiddleware"]
ROOT_URLCONF = "registry.urls"
CORS_ORIGIN_ALLOW_ALL = True  # sink
CORS_ALLOW_CREDENTIALS = True
