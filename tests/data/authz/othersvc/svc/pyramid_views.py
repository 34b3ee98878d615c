from svc.store import rows


def ledger_export(request):  # expect
    return rows("ledger-export", request.matchdict["account"])


def ledger_report(request):  # quiet
    return rows("ledger-report", request.matchdict["account"])


def ledger_archive(request):  # expect
    return rows("ledger-archive", request.matchdict["account"])
