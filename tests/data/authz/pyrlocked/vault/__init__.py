from pyramid.authorization import ACLHelper
from pyramid.config import Configurator


class SecurityPolicy:
    def __init__(self):
        self.helper = ACLHelper()

    def identity(self, request):
        return request.session.get("user")

    def permits(self, request, context, permission):
        return self.helper.permits(context, ["system.Authenticated"] if self.identity(request) else [], permission)


def main(global_config, **settings):
    with Configurator(settings=settings) as config:
        config.set_security_policy(SecurityPolicy())
        config.set_default_permission("view")
        config.add_route("documents", "/documents/{name}")
        config.add_route("status", "/status")
        config.scan(".views")
        return config.make_wsgi_app()
