from django.contrib import admin

from chibo.audit.admin_tools import ReadOnlyAdmin

from .models import Member, MemberImport


@admin.register(Member)
class MemberAdmin(ReadOnlyAdmin):
    """Members change through the app (its verbs check the rules and write the log)."""

    list_display = ["full_name", "cell", "status", "role"]
    list_filter = ["status", "role"]
    search_fields = ["full_name", "card_number"]
    readonly_fields = ["status", "role", "version"]


@admin.register(MemberImport)
class MemberImportAdmin(ReadOnlyAdmin):
    list_display = ["filename", "cell", "status", "created_by", "created_at"]
    list_filter = ["status"]
    readonly_fields = ["rows", "errors"]
