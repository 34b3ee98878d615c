# family: secret 798 259
"""Data factories that fill the demo and staging environments with accounts."""

import factory
from django.contrib.auth import get_user_model


class SafeOperatorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()

    username = factory.Sequence(lambda n: f"operator{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@demo.example")
    password = factory.django.Password("demo-operator")


def safe_demo_accounts(count: int) -> list[object]:
    return [SafeOperatorFactory(password=None) for _ in range(count)]
