from pyramid.authentication import AuthTktAuthenticationPolicy
from pyramid.authorization import ACLAuthorizationPolicy
from pyramid.config import Configurator


def main(global_config, **settings):
    # the policies of Pyramid 1.x, given to the Configurator: permission= is checked
    config = Configurator(
        settings=settings,
        authentication_policy=AuthTktAuthenticationPolicy(settings["auth.secret"]),
        authorization_policy=ACLAuthorizationPolicy(),
    )
    config.add_route("documents", "/documents/{name}")
    config.add_route("status", "/status")
    config.scan(".views")
    return config.make_wsgi_app()
