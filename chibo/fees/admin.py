"""Read-only in the admin: the fee book changes only through its verbs (audited)."""

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from .models import (
    BasisImport,
    FeeBasis,
    FeeBook,
    FeeMonth,
    FeeRelief,
    Payment,
    Remittance,
    RetentionShare,
)


class ReadOnly(admin.ModelAdmin):
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(FeeBook)
class FeeBookAdmin(ReadOnly):
    list_display = ["cell", "treasurer"]


@admin.register(FeeBasis)
class FeeBasisAdmin(ReadOnly):
    list_display = ["member", "category", "amount", "region", "valid_from", "source"]
    list_filter = ["category", "source"]
    search_fields = ["member__full_name"]


@admin.register(FeeRelief)
class FeeReliefAdmin(ReadOnly):
    list_display = ["member", "kind", "reason", "first_month", "last_month", "decision"]


@admin.register(FeeMonth)
class FeeMonthAdmin(ReadOnly):
    list_display = ["cell", "month", "status", "closed_at", "retention_percent"]
    list_filter = ["status"]


@admin.register(Payment)
class PaymentAdmin(ReadOnly):
    list_display = ["member", "paid_on", "amount", "method", "reference", "month"]
    list_filter = ["method"]
    search_fields = ["member__full_name", "reference"]


@admin.register(Remittance)
class RemittanceAdmin(ReadOnly):
    list_display = ["cell", "first_month", "last_month", "paid_on", "amount", "voucher"]


@admin.register(RetentionShare)
class RetentionShareAdmin(ReadOnly):
    list_display = ["committee", "percent", "decision", "decided_on"]


@admin.register(BasisImport)
class BasisImportAdmin(ReadOnly):
    list_display = ["filename", "cell", "salary_month", "status", "created_at"]
