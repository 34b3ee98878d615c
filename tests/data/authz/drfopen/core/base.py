"""The API's base classes: every viewset of the team derives from one of these."""

from rest_framework import permissions, viewsets


class IsDeskMember(permissions.BasePermission):
    def has_permission(self, request, view):
        return request.user.is_authenticated and request.user.groups.filter(name="desk").exists()


class SecuredViewSet(viewsets.ModelViewSet):
    permission_classes = [permissions.IsAuthenticated, IsDeskMember]


class OpenViewSet(viewsets.ModelViewSet):
    permission_classes = [permissions.AllowAny]
