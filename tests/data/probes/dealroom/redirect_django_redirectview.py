# family: redirect 601
from django.urls import reverse
from django.views.generic import RedirectView


class VulnRoomJump(RedirectView):
    def get_redirect_url(self, *args, **kwargs):
        return self.request.GET.get("to", "/rooms/")  # sink


class SafeRoomJump(RedirectView):
    def get_redirect_url(self, *args, **kwargs):
        room = int(self.request.GET.get("room", "0"))
        return reverse("room-detail", args=[room])  # sink
