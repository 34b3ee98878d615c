# family: xss 79
from dataclasses import dataclass
from typing import TypedDict, cast

from flask import Flask, request
from pydantic.dataclasses import dataclass as pydantic_dataclass

app = Flask(__name__)


@dataclass
class Ticket:
    investor: str
    qty: int


@pydantic_dataclass
class CheckedTicket:
    investor: str
    qty: int


class TicketDict(TypedDict):
    investor: str
    qty: int


@app.post("/tickets/preview")
def vuln_dataclass_int():
    ticket = Ticket(**request.get_json())
    return f"<p>Order for {ticket.qty} bonds received</p>"  # sink


@app.post("/tickets/preview-int")
def safe_dataclass_converted():
    body = request.get_json()
    ticket = Ticket(investor=body["investor"], qty=int(body["qty"]))
    return f"<p>Order for {ticket.qty} bonds received</p>"  # sink


@app.post("/tickets/checked")
def safe_pydantic_dataclass():
    ticket = CheckedTicket(**request.get_json())
    return f"<p>Order for {ticket.qty} bonds received</p>"  # sink


@app.post("/tickets/checked-name")
def vuln_pydantic_dataclass_str():
    ticket = CheckedTicket(**request.get_json())
    return f"<p>Order of {ticket.investor} received</p>"  # sink


@app.post("/tickets/typed")
def vuln_typeddict_cast():
    ticket = cast(TicketDict, request.get_json())
    return f"<p>Order for {ticket['qty']} bonds received</p>"  # sink


@app.post("/tickets/typed-int")
def safe_typeddict_built():
    body = request.get_json()
    ticket: TicketDict = {"investor": "", "qty": int(body["qty"])}
    return f"<p>Order for {ticket['qty']} bonds received</p>"  # sink
