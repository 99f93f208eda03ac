"""User accounts and groups in the admin: every permission grant is in the audit log."""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group

from chibo.audit.admin_tools import AuditedAdmin

User = get_user_model()


class AuditedUserAdmin(AuditedAdmin, UserAdmin):  # type: ignore[misc]
    pass


class AuditedGroupAdmin(AuditedAdmin, GroupAdmin):
    pass


for model, model_admin in ((User, AuditedUserAdmin), (Group, AuditedGroupAdmin)):
    if admin.site.is_registered(model):
        admin.site.unregister(model)
    admin.site.register(model, model_admin)
