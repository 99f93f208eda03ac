from django.urls import path

from . import views

app_name = "notifications"
urlpatterns = [
    path("notifications/", views.notification_list, name="list"),
    path("notifications/read-all/", views.mark_all_read, name="read_all"),
    path("notifications/<int:pk>/read/", views.mark_read, name="read"),
    path("calendar/", views.my_calendar, name="calendar"),
    path("calendar/new/", views.calendar_issue, name="calendar_issue"),
    path("calendar/revoke/", views.calendar_revoke, name="calendar_revoke"),
    path("calendar/<str:token>.ics", views.calendar_feed, name="feed"),
]
