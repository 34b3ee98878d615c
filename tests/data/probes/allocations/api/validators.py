# family: sql 89
from django.db import connection
from rest_framework import serializers


class VulnBookingSerializer(serializers.Serializer):
    book = serializers.CharField()
    quantity = serializers.IntegerField()

    def validate_book(self, value):
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT 1 FROM books WHERE code = '{value}' AND open")  # sink
            if cursor.fetchone() is None:
                raise serializers.ValidationError("unknown book")
        return value

    def validate(self, attrs):
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT limit_qty FROM books WHERE code = '{attrs['book']}'")  # sink
            (limit,) = cursor.fetchone()
        if attrs["quantity"] > limit:
            raise serializers.ValidationError("over the book's limit")
        return attrs


class SafeBookingSerializer(serializers.Serializer):
    book = serializers.CharField()
    quantity = serializers.IntegerField()

    def validate_book(self, value):
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM books WHERE code = %s AND open", [value])  # sink
            if cursor.fetchone() is None:
                raise serializers.ValidationError("unknown book")
        return value

    def validate(self, attrs):
        with connection.cursor() as cursor:
            cursor.execute("SELECT limit_qty FROM books WHERE code = %s", [attrs["book"]])  # sink
            (limit,) = cursor.fetchone()
        if attrs["quantity"] > limit:
            raise serializers.ValidationError("over the book's limit")
        return attrs


class VulnAllocationWriter(serializers.Serializer):
    desk = serializers.CharField()
    note = serializers.CharField()

    def create(self, validated_data):
        with connection.cursor() as cursor:
            cursor.execute(f"INSERT INTO api_allocation (desk, note) VALUES ('{validated_data['desk']}', '{validated_data['note']}')")  # sink
        return validated_data


class SafeAllocationWriter(serializers.Serializer):
    desk = serializers.CharField()
    note = serializers.CharField()

    def create(self, validated_data):
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO api_allocation (desk, note) VALUES (%s, %s)", [validated_data["desk"], validated_data["note"]])  # sink
        return validated_data
