from urllib.parse import urlparse

from django.conf import settings
from django.db import connection
from rest_framework import serializers

from .models import Allocation

DESKS = [("rates", "Rates"), ("credit", "Credit"), ("equities", "Equities")]


class AllocationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Allocation
        fields = ["id", "desk", "book", "isin", "quantity", "note"]


class IsinQuerySerializer(serializers.Serializer):
    isin = serializers.RegexField(r"^[A-Z]{2}[A-Z0-9]{9}[0-9]$")


class FreeIsinQuerySerializer(serializers.Serializer):
    isin = serializers.CharField(max_length=12)


class ReportNameSerializer(serializers.Serializer):
    name = serializers.SlugField()


class FreeReportNameSerializer(serializers.Serializer):
    name = serializers.CharField()


class NoticeSerializer(serializers.Serializer):
    desk = serializers.CharField()
    text = serializers.CharField()


class ChosenNoticeSerializer(serializers.Serializer):
    desk = serializers.ChoiceField(choices=DESKS)
    text = serializers.CharField()


class HookSerializer(serializers.Serializer):
    callback = serializers.URLField()


class CheckedHookSerializer(serializers.Serializer):
    callback = serializers.URLField()

    def validate_callback(self, value):
        if urlparse(value).hostname not in settings.ALLOWED_CALLBACK_HOSTS:
            raise serializers.ValidationError("unknown callback host")
        return value


class TargetSerializer(serializers.Serializer):
    target = serializers.CharField()


class LocalTargetSerializer(serializers.Serializer):
    target = serializers.RegexField(r"^/[a-z0-9][a-z0-9/-]*$")


class CounterpartySerializer(serializers.Serializer):
    name = serializers.CharField()


class AddressSerializer(serializers.Serializer):
    city = serializers.CharField()


class CardSerializer(serializers.Serializer):
    title = serializers.CharField()
    address = AddressSerializer()


class EscapedCardSerializer(serializers.Serializer):
    title = serializers.CharField()
    colour = serializers.ChoiceField(choices=["red", "green", "blue"])
    address = AddressSerializer()
