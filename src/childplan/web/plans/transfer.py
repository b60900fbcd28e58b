"""Plan files in and out of the web application: reading an upload, naming a download.

An upload is read by the pure readers (``fileformat.loads_plan`` for YAML and JSON,
``wordimport.read_word_plan`` for Word) and nothing else; a file that cannot be read
raises ``UploadError`` with the readers' problems as sentences for the error summary. A
download is ``fileformat.dumps_plan`` of the plan's records, named by the child's initials
and the plan date so that the file name does not carry the child's full name.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePath

from django import forms
from django.core.files.uploadedfile import UploadedFile

from childplan.plan import model as pure
from childplan.plan.fileformat import PlanFileError, Problem, dumps_plan, loads_plan
from childplan.plan.wordimport import UNKNOWN_CHILD, read_word_plan
from childplan.web.children.models import Child

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
KINDS = {".yaml": "yaml", ".yml": "yaml", ".json": "json", ".docx": "docx"}
DOWNLOADS = {
    "yaml": ("yaml", "application/yaml; charset=utf-8"),
    "json": ("json", "application/json; charset=utf-8"),
}


class UploadError(Exception):
    """An upload that is not a plan; ``messages`` say why, one sentence each."""

    def __init__(self, messages: list[str]) -> None:
        self.messages = messages
        super().__init__("; ".join(messages))


class ImportForm(forms.Form):
    plan_file = forms.FileField(
        label="Upload a plan file",
        help_text="A childplan file (YAML or JSON) or a Word plan (.docx), up to 2 MB.",
        error_messages={
            "required": "Select a plan file",
            "empty": "The selected file is empty",
            "invalid": "Select a plan file",
            "missing": "Select a plan file",
        },
        widget=forms.FileInput(),
    )

    def clean_plan_file(self) -> UploadedFile:
        upload: UploadedFile = self.cleaned_data["plan_file"]
        if kind_of(upload.name or "") is None:
            raise forms.ValidationError(
                "The selected file must be a YAML or JSON plan file or a Word document (.docx)"
            )
        if (upload.size or 0) > MAX_UPLOAD_BYTES:
            raise forms.ValidationError("The selected file must be smaller than 2 MB")
        return upload


@dataclass(frozen=True)
class Differences:
    """Where the file's child is not the child whose record the plan is added to."""

    name: bool
    date_of_birth: bool

    def __bool__(self) -> bool:
        return self.name or self.date_of_birth


def kind_of(filename: str) -> str | None:
    """ "yaml", "json" or "docx" by the file's extension, or None."""
    return KINDS.get(PurePath(filename).suffix.lower())


def read_upload(upload: UploadedFile, today: dt.date) -> pure.Plan:
    """The plan in an uploaded file, or ``UploadError``; nothing is saved here."""
    kind = kind_of(upload.name or "")
    if kind is None:
        raise UploadError(["The selected file must be YAML, JSON or a Word document (.docx)"])
    content = b"".join(upload.chunks())
    try:
        if kind == "docx":
            return _read_word(content, today)
        try:
            text = content.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise UploadError(["The selected file is not a text file (UTF-8)"]) from None
        return loads_plan(text, kind, source="the file").plan
    except PlanFileError as error:
        raise UploadError(describe(error.problems)) from None


def _read_word(content: bytes, today: dt.date) -> pure.Plan:
    with tempfile.NamedTemporaryFile(suffix=".docx") as file:  # deleted on closing
        file.write(content)
        file.flush()
        return read_word_plan(file.name, today=today).plan


def describe(problems: Iterable[Problem]) -> list[str]:
    """Each problem as a sentence: "Line 3: needs[0].reason: is required"."""
    sentences = []
    for problem in problems:
        where = f"Line {problem.line}: " if problem.line is not None else ""
        field = f"{problem.path}: " if problem.path else ""
        sentences.append(f"{where}{field}{problem.message}")
    return sentences or ["The selected file could not be read as a plan"]


def differences(plan: pure.Plan, child: Child) -> Differences:
    """What the file says of its child that this child's record does not (a Word plan
    that names no child names no one)."""
    name = plan.child.name.strip().casefold()
    return Differences(
        name=name not in (child.name.strip().casefold(), UNKNOWN_CHILD.casefold()),
        date_of_birth=(
            plan.child.date_of_birth is not None and plan.child.date_of_birth != child.date_of_birth
        ),
    )


def initials(name: str) -> str:
    """ "JS" for "Jimmy Smith": ASCII letters only, so the name is safe in a header."""
    return "".join(word[0] for word in name.split() if word[0].isascii() and word[0].isalpha())


def download_name(child: Child, plan_date: dt.date, fmt: str) -> str:
    extension, _ = DOWNLOADS[fmt]
    stem = "-".join(part for part in (initials(child.name).upper(), "plan") if part)
    return f"{stem}-{plan_date.isoformat()}.{extension}"


def download(plan: pure.Plan, fmt: str) -> tuple[str, str]:
    """(the file's text, its content type)."""
    _, content_type = DOWNLOADS[fmt]
    return dumps_plan(plan, fmt), content_type
