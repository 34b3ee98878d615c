# family: nosql 943
import json

from django.http import JsonResponse
from pymongo import MongoClient

documents = MongoClient("mongodb://mongo.internal:27017").archive.documents


def vuln_document_lookup(request):
    wanted = json.loads(request.body)
    doc = documents.find_one(wanted, projection={"_id": 0, "title": 1, "path": 1})  # sink
    return JsonResponse({"document": doc})


def safe_document_lookup(request):
    wanted = json.loads(request.body)
    doc = documents.find_one({"ref": str(wanted["ref"])}, projection={"_id": 0, "title": 1, "path": 1})
    return JsonResponse({"document": doc})
