def load(name):
    return []


class HealthResource:  # expect
    def on_get(self, req, resp):
        resp.media = load("health")


class PublicDocsResource:  # expect
    def on_get(self, req, resp, page):
        resp.media = load(page)


class OrdersResource:  # quiet
    def on_get(self, req, resp):
        resp.media = load("orders")


class AccountResource:  # quiet
    def on_get(self, req, resp, account_id):
        resp.media = load(account_id)
