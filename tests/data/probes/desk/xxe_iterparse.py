# family: xxe 611 776 827
from fastapi import FastAPI, UploadFile
from lxml import etree

app = FastAPI()


@app.post("/orders/bulk")
async def vuln_bulk_orders(file: UploadFile):
    count = 0
    for _, elem in etree.iterparse(file.file, load_dtd=True, resolve_entities=True):  # sink
        count += elem.tag == "order"
    return {"orders": count}


@app.post("/orders/bulk/safe")
async def safe_bulk_orders(file: UploadFile):
    count = 0
    for _, elem in etree.iterparse(file.file, resolve_entities=False, no_network=True):  # sink
        count += elem.tag == "order"
    return {"orders": count}


@app.post("/orders/one")
async def vuln_one_order(file: UploadFile):
    parser = etree.XMLParser(huge_tree=True, resolve_entities=True)  # sink
    root = etree.fromstring(await file.read(), parser=parser)  # sink
    return {"lines": len(root)}
