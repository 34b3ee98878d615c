from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "insiders.cases"
