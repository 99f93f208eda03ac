from django.contrib import admin

from chibo.audit.admin_tools import AuditedAdmin

from .models import Cell, Committee, CommitteeOfficer, CommitteeSetting, Term


class OfficerInline(admin.TabularInline):
    model = CommitteeOfficer
    extra = 0


@admin.register(Committee)
class CommitteeAdmin(AuditedAdmin):
    list_display = ["name", "parent", "path"]
    search_fields = ["name"]
    inlines = [OfficerInline]


class TermInline(admin.TabularInline):
    model = Term
    extra = 0


@admin.register(Cell)
class CellAdmin(AuditedAdmin):
    list_display = ["name", "committee"]
    search_fields = ["name"]
    list_filter = ["committee"]
    inlines = [TermInline]


@admin.register(CommitteeSetting)
class CommitteeSettingAdmin(AuditedAdmin):
    list_display = ["committee", "rule_code", "params", "updated_at"]
    list_filter = ["rule_code"]
