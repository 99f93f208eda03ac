from typing import Any

from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "chibo.core"
    verbose_name = "Chi bộ số"

    def ready(self) -> None:
        _refuse_control_characters_in_forms()


def _refuse_control_characters_in_forms() -> None:
    """Every form CharField (ModelForm text fields and the admin included) refuses C0 control
    characters with one Vietnamese message. It replaces Django's own NUL check, whose message
    is English; NUL is one of the refused characters."""
    from django import forms
    from django.core.validators import ProhibitNullCharactersValidator

    from chibo.lib.text import validate_no_control_characters

    if getattr(forms.CharField, "_chibo_control_characters", False):
        return
    original = forms.CharField.__init__

    def __init__(self: forms.CharField, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        self.validators = [
            v for v in self.validators if not isinstance(v, ProhibitNullCharactersValidator)
        ]
        self.validators.append(validate_no_control_characters)

    forms.CharField.__init__ = __init__  # type: ignore[method-assign]
    forms.CharField._chibo_control_characters = True  # type: ignore[attr-defined]
