"""Round 17b: a fund-administration and NAV-reporting service (clients' insider information: unpublished NAVs,
holdings, subscriptions and redemptions). The everyday shapes a value travels through: control flow, objects and
collections, and the project's own modules."""
