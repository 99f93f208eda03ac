from django.contrib import admin

from .models import Member


@admin.register(Member)
class MemberAdmin(admin.ModelAdmin):
    list_display = ["full_name", "cell", "status", "role"]
    list_filter = ["status", "role"]
    search_fields = ["full_name", "card_number"]
    readonly_fields = ["status", "role", "version"]
