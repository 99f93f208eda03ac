from django.contrib import admin

from .models import Member, MemberImport


@admin.register(Member)
class MemberAdmin(admin.ModelAdmin):
    list_display = ["full_name", "cell", "status", "role"]
    list_filter = ["status", "role"]
    search_fields = ["full_name", "card_number"]
    readonly_fields = ["status", "role", "version"]


@admin.register(MemberImport)
class MemberImportAdmin(admin.ModelAdmin):
    list_display = ["filename", "cell", "status", "created_by", "created_at"]
    list_filter = ["status"]
    readonly_fields = ["rows", "errors"]
