# family: xxe 611 776 827
from fastapi import FastAPI, UploadFile
from lxml import etree

app = FastAPI()
TERMSHEET_PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True)
HARDENED_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


@app.post("/termsheets")
async def vuln_termsheet(sheet: UploadFile):
    data = await sheet.read()
    root = etree.fromstring(data, TERMSHEET_PARSER)  # sink
    return {"clauses": len(root.findall("clause"))}


@app.post("/termsheets/hardened")
async def safe_termsheet(sheet: UploadFile):
    data = await sheet.read()
    root = etree.fromstring(data, HARDENED_PARSER)  # sink
    return {"clauses": len(root.findall("clause"))}
