from django.urls import path

from . import views, views_committee

app_name = "fees"
C = "cells/<int:pk>/fees/"
M = C + "<int:year>/<int:month>/"
urlpatterns = [
    path(C, views.book, name="book"),
    path(M + "so-thu-nop.xlsx", views.book_xlsx, name="book_xlsx"),
    path(M + "so-thu-nop.docx", views.book_docx, name="book_docx"),
    path(M + "close/", views.month_close, name="close"),
    path(C + "payments/new/", views.payment_new, name="payment_new"),
    path("fee-payments/<int:pk>/correct/", views.payment_correct, name="payment_correct"),
    path(C + "treasurer/", views.treasurer, name="treasurer"),
    path(C + "bases/", views.bases, name="bases"),
    path(C + "bases/import/", views.payroll_upload, name="payroll_upload"),
    path(C + "bases/import/<int:batch_pk>/", views.payroll_preview, name="payroll_preview"),
    path(C + "reliefs/", views.reliefs, name="reliefs"),
    path(C + "remittances/", views.remittances, name="remittances"),
    path("members/<int:pk>/fees/", views.member_fees, name="member"),
    path("fees/mine/", views.my_fees, name="mine"),
    path("committees/<int:pk>/fees/", views_committee.committee_fees, name="committee"),
    path(
        "committees/<int:pk>/fees/report.xlsx",
        views_committee.committee_xlsx,
        name="committee_xlsx",
    ),
    path(
        "committees/<int:pk>/fees/report.docx",
        views_committee.committee_docx,
        name="committee_docx",
    ),
    path("committees/<int:pk>/fees/share/", views_committee.share, name="share"),
]
