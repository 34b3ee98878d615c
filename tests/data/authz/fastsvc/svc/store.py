def load_deal(deal_id):
    return {"id": deal_id}


def close(deal_id):
    return {"closed": deal_id}


def daily_rows():
    return []


def list_users():
    return []
