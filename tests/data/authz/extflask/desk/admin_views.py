"""Flask-Admin: every view of a BaseView/ModelView (its own CRUD pages and the methods it exposes) is answered
only when is_accessible() returns True; the default returns True for anyone."""

from flask import redirect, request, url_for
from flask_admin import AdminIndexView, BaseView, expose
from flask_admin.form import BaseForm
from flask_admin.contrib.sqla import ModelView
from flask_login import current_user

from desk.access import desk_member, maintenance_window, staff_signed_in
from desk.models import load_totals


class StaffModelView(ModelView):  # quiet
    def is_accessible(self):
        return current_user.is_authenticated and current_user.has_role("staff")

    def inaccessible_callback(self, name, **kwargs):
        return redirect(url_for("login", next=request.url))


class DealAdmin(StaffModelView):  # quiet
    column_list = ("name", "value")


class ClientAdmin(ModelView):  # expect
    column_list = ("name", "email")


class LedgerAdmin(ModelView):  # expect
    def is_accessible(self):
        return True


class TotalsView(BaseView):  # quiet
    def is_accessible(self):
        return current_user.is_authenticated

    @expose("/")
    def index(self):
        return self.render("totals.html", totals=load_totals())


class ExportView(BaseView):  # expect
    @expose("/")
    def index(self):
        return self.render("export.html", totals=load_totals())


class Dashboard(AdminIndexView):  # quiet
    def is_accessible(self):
        return current_user.is_authenticated and current_user.is_staff


class AuditAdmin(ModelView):  # quiet
    def is_accessible(self):
        return staff_signed_in()  # a helper of the project testing the user


class NotesAdmin(ModelView):  # quiet
    def is_accessible(self):
        return desk_member()  # two helpers down


class WindowAdmin(ModelView):  # expect
    def is_accessible(self):
        return maintenance_window()  # a helper testing the time, not the user


class DealForm(BaseForm):  # a form of Flask-Admin's, no view: not a handler
    pass
