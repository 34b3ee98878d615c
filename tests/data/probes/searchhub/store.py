"""The service's document store: a repository over the notes collection."""

from pymongo import MongoClient


class NoteRepository:
    def __init__(self, url: str = "mongodb://mongo.internal:27017") -> None:
        self.coll = MongoClient(url)["research"]["notes"]

    def matching(self, criteria):
        return list(self.coll.find(criteria, {"_id": 0}).limit(100))

    def by_author(self, author):
        return list(self.coll.find({"author": author, "status": "published"}, {"_id": 0}))

    def tagged(self, tag):
        return list(self.coll.find({"tags": str(tag)}, {"_id": 0}))


notes = NoteRepository()
