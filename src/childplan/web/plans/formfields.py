"""Form fields for what people type into plans: dates as they write them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.utils import timezone

from childplan.plan.dates import DateError, parse_date


class DayField(forms.CharField):
    """A day as people type it (27/11/2026, 27 November 2026, 27th Nov 2026), read by the
    plan file's own reader; with ``past=True``, not after today (a thing that happened)."""

    def __init__(self, *, past: bool = False, **kwargs: Any) -> None:
        kwargs.setdefault("help_text", "For example, 27 November 2026 or 27/11/2026")
        super().__init__(**kwargs)
        self.past = past

    def to_python(self, value: Any) -> dt.date | None:  # type: ignore[override]
        text = str(super().to_python(value)).strip()
        if not text:
            return None
        try:
            day = parse_date(text)
        except DateError as error:
            raise forms.ValidationError(f"{self.label}: {error}") from error
        if self.past and day > timezone.localdate():
            raise forms.ValidationError(f"{self.label} must be today or in the past")
        return day
