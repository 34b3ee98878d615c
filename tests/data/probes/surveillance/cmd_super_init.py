# family: cmd 78
import os
import uuid

from django.http import JsonResponse


class ArchiveJob:
    def __init__(self, case_ref):
        self.case_ref = case_ref

    def run(self):
        return os.system(f"tar czf /srv/archive/{self.case_ref}.tgz /srv/cases/{self.case_ref}")  # sink


class RequestArchiveJob(ArchiveJob):
    def __init__(self, request):
        super().__init__(request.POST["case"])


class CheckedArchiveJob(ArchiveJob):
    def __init__(self, request):
        super().__init__(str(uuid.UUID(request.POST["case"])))


def vuln_archive_case(request):
    status = RequestArchiveJob(request).run()  # sink
    return JsonResponse({"status": status})


def safe_archive_case(request):
    status = CheckedArchiveJob(request).run()  # sink
    return JsonResponse({"status": status})
