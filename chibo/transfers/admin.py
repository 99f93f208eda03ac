from django.contrib import admin

from .models import Transfer

admin.site.register(Transfer)
