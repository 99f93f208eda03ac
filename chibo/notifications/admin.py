from django.contrib import admin

from .models import CalendarFeed, Notification


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "user", "member", "created_at", "read_at", "emailed_at"]
    list_filter = ["kind"]
    search_fields = ["title", "dedupe_key"]
    raw_id_fields = ["user", "member", "cell"]


@admin.register(CalendarFeed)
class CalendarFeedAdmin(admin.ModelAdmin):
    list_display = ["member", "created_at", "revoked_at"]
    raw_id_fields = ["member"]
    readonly_fields = ["token_hash"]
