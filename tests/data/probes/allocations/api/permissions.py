# family: log 117
import logging
import re

from rest_framework.permissions import BasePermission
from rest_framework.throttling import SimpleRateThrottle

logger = logging.getLogger(__name__)
DESK_CODE = re.compile(r"[a-z]{2,12}")


class VulnDeskHeaderPermission(BasePermission):
    def has_permission(self, request, view):
        desk = request.headers.get("X-Desk", "")
        if desk not in {"rates", "credit"}:
            logger.warning("refused desk header " + desk)  # sink
            return False
        return True


class SafeDeskHeaderPermission(BasePermission):
    def has_permission(self, request, view):
        desk = request.headers.get("X-Desk", "")
        if desk not in {"rates", "credit"}:
            logger.warning("refused desk header " + desk.encode("unicode_escape").decode("ascii"))  # sink
            return False
        return True


class VulnOwnerPermission(BasePermission):
    def has_object_permission(self, request, view, obj):
        trader = request.query_params.get("on_behalf_of", "")
        logger.info(f"{trader} asked for allocation {obj.pk}")  # sink
        return obj.desk == request.user.profile.desk


class SafeOwnerPermission(BasePermission):
    def has_object_permission(self, request, view, obj):
        trader = request.query_params.get("on_behalf_of", "")
        if not DESK_CODE.fullmatch(trader):
            return False
        logger.info(f"{trader} asked for allocation {obj.pk}")  # sink
        return obj.desk == request.user.profile.desk


class VulnPartnerThrottle(SimpleRateThrottle):
    scope = "partner"

    def get_cache_key(self, request, view):
        partner = request.query_params.get("partner", "anon")
        logger.info("throttling partner %s" % partner)  # sink
        return self.cache_format % {"scope": self.scope, "ident": partner}


class SafePartnerThrottle(SimpleRateThrottle):
    scope = "partner"

    def get_cache_key(self, request, view):
        partner = request.query_params.get("partner", "anon")
        logger.info("throttling partner %r" % partner)  # sink
        return self.cache_format % {"scope": self.scope, "ident": partner}
