# routes the login hooks let through: read by the hooks of desk.app, desk.ops and desk.sanic_gate
PUBLIC_ENDPOINTS = frozenset({"health", "pages.about"})
OPEN_PATHS = ("/status", "/metrics")
PUBLIC_PREFIXES = ["/public/"]
