# family: redirect 601
PAGES = {"calendar": "/ir/calendar", "filings": "/ir/filings"}


def vuln_login_handler(event, context):
    target = (event.get("queryStringParameters") or {}).get("next", "/ir")
    return {"statusCode": 302, "headers": {"Location": target}}  # sink


def safe_login_handler(event, context):
    target = PAGES.get((event.get("queryStringParameters") or {}).get("next"), "/ir")
    return {"statusCode": 302, "headers": {"Location": target}}  # sink
