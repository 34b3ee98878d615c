"""Distribution of research notes: the base service; desks derive their own."""

from ..adapters.shell import render_report, render_report_argv


class Distributor:
    def render(self, note_id, recipient):
        return render_report("--note", note_id, "--to", recipient)

    def render_safely(self, note_id, recipient):
        return render_report_argv("--note", note_id, "--to", recipient)
