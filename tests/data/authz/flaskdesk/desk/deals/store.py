def deal_rows(deal_id):
    return {"id": deal_id, "parties": []}


def save_note(deal_id, body):
    return {"deal": deal_id, "note": body}


def watchlist():
    return []
