from django.contrib import admin

from .models import Residence, ResidenceComment

admin.site.register(Residence)
admin.site.register(ResidenceComment)
