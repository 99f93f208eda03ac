from django.contrib import admin

from .models import Case, Discipline, Programme


@admin.register(Programme)
class ProgrammeAdmin(admin.ModelAdmin):
    list_display = ["cell", "year", "document"]
    readonly_fields = ["version"]


@admin.register(Case)
class CaseAdmin(admin.ModelAdmin):
    list_display = ["cell", "title", "status", "due_on"]
    list_filter = ["status"]


@admin.register(Discipline)
class DisciplineAdmin(admin.ModelAdmin):
    list_display = ["member", "form", "decision_number", "decided_on"]
