from typing import Any

from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "chibo.core"
    verbose_name = "Chi bộ số"

    def ready(self) -> None:
        _refuse_control_characters_in_forms()
        _refuse_implausible_dates_in_forms()


def _refuse_implausible_dates_in_forms() -> None:
    """Every form date and date-time outside 1900–2100 is refused with one Vietnamese message:
    a year 0001 typed by mistake would otherwise be stored and overflow date arithmetic."""
    from django import forms

    from chibo.lib.dates import validate_plausible

    for field in (forms.DateField, forms.DateTimeField):
        if validate_plausible not in field.default_validators:
            field.default_validators = [*field.default_validators, validate_plausible]


def _refuse_control_characters_in_forms() -> None:
    """Every form CharField (ModelForm text fields and the admin included) refuses C0 control
    characters with one Vietnamese message. It replaces Django's own NUL check, whose message
    is English; NUL is one of the refused characters. A field with no ``max_length`` of its
    own refuses texts longer than the product's bound (chibo.lib.text.LONGEST_TEXT)."""
    from django import forms
    from django.core.validators import ProhibitNullCharactersValidator

    from chibo.lib.text import validate_length, validate_no_control_characters

    if getattr(forms.CharField, "_chibo_control_characters", False):
        return
    original = forms.CharField.__init__

    def __init__(self: forms.CharField, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        self.validators = [
            v for v in self.validators if not isinstance(v, ProhibitNullCharactersValidator)
        ]
        self.validators.append(validate_no_control_characters)
        if self.max_length is None:
            self.validators.append(validate_length)

    forms.CharField.__init__ = __init__  # type: ignore[method-assign]
    forms.CharField._chibo_control_characters = True  # type: ignore[attr-defined]
