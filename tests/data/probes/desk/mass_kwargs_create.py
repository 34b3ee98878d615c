# family: mass 915
from django.http import JsonResponse
from fastapi import FastAPI, Request

from .models import Client, Contact, session

app = FastAPI()


@app.post("/contacts")
async def vuln_new_contact(request: Request):
    data = await request.json()
    session.add(Contact(**data))  # sink
    session.commit()
    return {"ok": True}


@app.post("/contacts/safe")
async def safe_new_contact(request: Request):
    data = await request.json()
    session.add(Contact(name=data["name"], email=data["email"]))  # sink
    session.commit()
    return {"ok": True}


def vuln_new_client(request):
    client = Client.objects.create(**dict(request.POST.items()))  # sink
    return JsonResponse({"id": client.pk})


def safe_new_client(request):
    client = Client.objects.create(name=request.POST["name"], vat=request.POST["vat"])  # sink
    return JsonResponse({"id": client.pk})
