# family: sql 89
SORT_COLUMNS = {"date": "settled_at", "amount": "amount", "isin": "isin"}
BREAK_TABLES = {"cash": "cash_breaks", "securities": "security_breaks"}


def safe_breaks(conn, kind, sort, account):
    table = BREAK_TABLES[kind]
    column = SORT_COLUMNS.get(sort, "settled_at")
    with conn.cursor() as cur:
        cur.execute(f"SELECT id, isin, amount FROM {table} WHERE account = %s ORDER BY {column}", (account,))
        return cur.fetchall()


def vuln_breaks(conn, kind, account):
    table = BREAK_TABLES[kind]
    with conn.cursor() as cur:
        cur.execute(f"SELECT id, isin, amount FROM {table} WHERE account = '{account}'")  # sink
        return cur.fetchall()


def safe_instructions_by_id(conn, ids):
    marks = ", ".join(["%s"] * len(ids))
    with conn.cursor() as cur:
        cur.execute(f"SELECT * FROM settlement_instructions WHERE id IN ({marks})", tuple(ids))
        return cur.fetchall()


def vuln_instructions_by_id(conn, ids):
    with conn.cursor() as cur:
        cur.execute("SELECT * FROM settlement_instructions WHERE id IN (%s)" % ", ".join(ids))  # sink
        return cur.fetchall()


class ReconciliationJob:
    TABLE = "recon_runs"
    COLUMNS = ("run_id", "started_at", "matched", "unmatched")

    def safe_record(self, conn, run):
        columns = ", ".join(self.COLUMNS)
        marks = ", ".join("%s" for _ in self.COLUMNS)
        conn.execute(f"INSERT INTO {self.TABLE} ({columns}) VALUES ({marks})", [getattr(run, c) for c in self.COLUMNS])

    def vuln_mark_done(self, conn, run_id, note):
        conn.execute(f"UPDATE {self.TABLE} SET note = '{note}' WHERE run_id = {run_id}")  # sink
