from django.contrib import admin

from chibo.documents.models import IssuedDocument, NumberRegister


@admin.register(NumberRegister)
class NumberRegisterAdmin(admin.ModelAdmin):
    list_display = ["cell", "term", "type_code", "last_number"]
    list_select_related = ["cell", "term"]
    # Numbers are taken by NumberRegister.take_next only; editing them here would make gaps.
    readonly_fields = ["cell", "term", "type_code", "last_number"]

    def has_add_permission(self, request) -> bool:  # type: ignore[no-untyped-def]
        return False


@admin.register(IssuedDocument)
class IssuedDocumentAdmin(admin.ModelAdmin):
    list_display = ["number_text", "title", "cell", "issued_on", "docx_sha256"]
    list_select_related = ["cell"]
    search_fields = ["number_text", "title"]

    def has_add_permission(self, request) -> bool:  # type: ignore[no-untyped-def]
        return False

    def has_change_permission(self, request, obj=None) -> bool:  # type: ignore[no-untyped-def]
        return False
