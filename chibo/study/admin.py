from django.contrib import admin

from .models import StudyAttendance, StudySession, StudyWriteup

admin.site.register(StudySession)
admin.site.register(StudyAttendance)
admin.site.register(StudyWriteup)
