from rest_framework import serializers


class InsiderQuerySerializer(serializers.Serializer):
    department = serializers.CharField(max_length=80)
    case = serializers.IntegerField()
    status = serializers.ChoiceField(choices=["open", "closed"])
