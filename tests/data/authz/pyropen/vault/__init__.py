from pyramid.config import Configurator


def main(global_config, **settings):
    # no security policy: Pyramid checks no permission= of any view, every view answers anyone
    with Configurator(settings=settings) as config:
        config.add_route("documents", "/documents/{name}")
        config.add_route("archive", "/archive/{name}")
        config.scan(".views")
        return config.make_wsgi_app()
