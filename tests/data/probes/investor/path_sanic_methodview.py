# family: path 22 23 36 73 99
import os

from sanic import Sanic
from sanic.response import file, json
from sanic.views import HTTPMethodView

app = Sanic("investor_relations")
DECKS = "/srv/ir/decks"


# a class-based view's get(self, request, deck): the route's parameter after the request
class VulnDeckView(HTTPMethodView):
    async def get(self, request, deck):
        return await file(os.path.join(DECKS, deck))  # sink


class SafeDeckView(HTTPMethodView):
    async def get(self, request, deck):
        if deck not in os.listdir(DECKS):
            return json({"error": "no such deck"}, status=404)
        return await file(os.path.join(DECKS, deck))  # sink


# "<number:int>": the route converts the parameter to a number first
class SafeDeckNumber(HTTPMethodView):
    async def get(self, request, number):
        return await file(os.path.join(DECKS, f"deck-{number}.pdf"))  # sink


class VulnDeckUpload(HTTPMethodView):
    async def post(self, request):
        upload = request.files.get("deck")
        with open(os.path.join(DECKS, request.form.get("name")), "wb") as out:  # sink
            out.write(upload.body)
        return json({"stored": True})


class SafeDeckUpload(HTTPMethodView):
    async def post(self, request):
        upload = request.files.get("deck")
        with open(os.path.join(DECKS, os.path.basename(request.form.get("name"))), "wb") as out:  # sink
            out.write(upload.body)
        return json({"stored": True})


app.add_route(VulnDeckView.as_view(), "/decks/<deck>")
app.add_route(SafeDeckView.as_view(), "/decks/safe/<deck>")
app.add_route(SafeDeckNumber.as_view(), "/decks/number/<number:int>")
app.add_route(VulnDeckUpload.as_view(), "/decks")
app.add_route(SafeDeckUpload.as_view(), "/decks/safe")
