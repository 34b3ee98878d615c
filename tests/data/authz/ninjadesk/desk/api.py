from ninja import NinjaAPI
from ninja.security import django_auth

from desk.quotes import router as quotes_router
from desk.feeds import router as feeds_router

api = NinjaAPI(auth=django_auth)
api.add_router("/quotes/", quotes_router)
api.add_router("/feeds/", feeds_router, auth=[])
