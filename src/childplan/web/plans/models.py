"""A plan as relational records: the plan, its needs, their outcomes, their actions, and the
rest of the plan file's parts (see docs/plan-format.md), each list in the user's order
(``position``).

Every element keeps the ``id`` it has in a plan file as ``key`` (actions' ``depends_on``
names other actions by it). A "when" or "by" is kept as the words the practitioner wrote
with the date they name and whether they repeat, as ``childplan.plan.model.Timescale``.
Empty text and no text are the same here: both read back as None.

``Plan.to_plan()`` gives the plan as the pure model, which is what the checker, the
timescales and the file format read; ``records.save_plan`` does the reverse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import models
from django.utils import timezone

from childplan.plan.model import ACTION_STATUSES, EVENT_KINDS, NATIONS, PLAN_TYPES
from childplan.web.children.models import Child

if TYPE_CHECKING:
    from childplan.plan import model as pure

PLAN_TYPE_NAMES = {
    "early_help": "Early help",
    "family_help": "Family help",
    "child_in_need": "Child in need",
    "child_protection": "Child protection",
    "looked_after": "Looked after",
    "pathway": "Pathway",
    "interim_safety": "Interim safety",
}


def _choices(values: tuple[str, ...], names: dict[str, str] | None = None) -> list[Any]:
    names = names or {}
    return [(value, names.get(value, value.replace("_", " ").capitalize())) for value in values]


# The relations that to_plan() reads, for prefetch_related: a page that shows many plans
# reads each with a constant number of queries, whatever the number of plans.
PLAN_CONTENTS = (
    "statements",
    "needs__outcomes__actions__progress",
    "needs__outcomes__measurements",
    "resources",
    "events",
)


class PlanQuerySet(models.QuerySet["Plan"]):
    def with_contents(self) -> PlanQuerySet:
        return self.select_related("child").prefetch_related("child__people", *PLAN_CONTENTS)

    def open(self) -> PlanQuerySet:
        return self.exclude(status=Plan.Status.ENDED)


class Plan(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        CURRENT = "current", "Current"
        ENDED = "ended", "Ended"

    child = models.ForeignKey(Child, on_delete=models.PROTECT, related_name="plans")
    key = models.CharField(max_length=100, blank=True)
    type = models.CharField(max_length=30, choices=_choices(PLAN_TYPES, PLAN_TYPE_NAMES))
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.CURRENT)
    date = models.DateField(help_text="When the plan was made or last reviewed.")
    started = models.DateField(null=True, blank=True)
    ended = models.DateField(null=True, blank=True)
    nation = models.CharField(max_length=20, choices=_choices(NATIONS), default="england")
    childs_views = models.TextField(blank=True)
    explained_to_child = models.BooleanField(null=True, blank=True)
    contingency = models.TextField(blank=True)
    bottom_lines = models.TextField(blank=True)
    monitoring = models.TextField(blank=True)
    practitioner_notes = models.TextField(blank=True)
    next_review = models.DateField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(
        default=1, help_text="One more at every change; a change from an older version is refused."
    )

    objects = PlanQuerySet.as_manager()

    class Meta:
        ordering = ("-date", "-id")

    def __str__(self) -> str:
        return f"plan {self.pk} of child {self.child_id}"

    @property
    def type_name(self) -> str:
        return PLAN_TYPE_NAMES.get(self.type, self.type)

    def to_plan(self) -> pure.Plan:
        """This plan as the pure model (no queries when fetched ``with_contents``)."""
        from childplan.web.plans.records import plan_from_records

        return plan_from_records(self)


class PlanStatement(models.Model):
    """One worry, strength or assumption: the plan's lists of sentences."""

    class Kind(models.TextChoices):
        WORRY = "worries", "Worry"
        STRENGTH = "strengths", "Strength"
        ASSUMPTION = "assumptions", "Assumption"

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="statements")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    position = models.PositiveIntegerField(default=0)
    text = models.TextField()

    class Meta:
        ordering = ("kind", "position", "id")

    def __str__(self) -> str:
        return f"{self.kind} {self.position} of plan {self.plan_id}"


class Need(models.Model):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="needs")
    position = models.PositiveIntegerField(default=0)
    key = models.CharField(max_length=100, blank=True)
    reason = models.TextField()

    class Meta:
        ordering = ("position", "id")

    def __str__(self) -> str:
        return f"need {self.position} of plan {self.plan_id}"


class Outcome(models.Model):
    need = models.ForeignKey(Need, on_delete=models.CASCADE, related_name="outcomes")
    position = models.PositiveIntegerField(default=0)
    key = models.CharField(max_length=100, blank=True)
    outcome = models.TextField()
    by_text = models.CharField(max_length=500, blank=True)
    by_date = models.DateField(null=True, blank=True)
    by_recurring = models.BooleanField(default=False)
    indicator = models.TextField(blank=True)
    baseline = models.TextField(blank=True)
    target = models.TextField(blank=True)
    family_proposed = models.BooleanField(default=False)
    achieved = models.DateField(
        null=True, blank=True, help_text="When it was achieved: it is then off the live plan."
    )

    class Meta:
        ordering = ("position", "id")

    def __str__(self) -> str:
        return f"outcome {self.position} of need {self.need_id}"


class Measurement(models.Model):
    """One reading of an outcome's indicator."""

    outcome = models.ForeignKey(Outcome, on_delete=models.CASCADE, related_name="measurements")
    position = models.PositiveIntegerField(default=0)
    date = models.DateField()
    value = models.CharField(max_length=200)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ("position", "id")

    def __str__(self) -> str:
        return f"measurement {self.position} of outcome {self.outcome_id}"


class Action(models.Model):
    outcome = models.ForeignKey(Outcome, on_delete=models.CASCADE, related_name="actions")
    position = models.PositiveIntegerField(default=0)
    key = models.CharField(max_length=100, blank=True)
    action = models.TextField()
    who = models.CharField(max_length=500, blank=True)
    when_text = models.CharField(max_length=500, blank=True)
    when_date = models.DateField(null=True, blank=True)
    when_recurring = models.BooleanField(default=False)
    depends_on = models.JSONField(default=list, blank=True, help_text="Keys of other actions.")
    status = models.CharField(
        max_length=20, choices=_choices(ACTION_STATUSES), default="not_started"
    )
    family_proposed = models.BooleanField(default=False)
    previous_dates = models.JSONField(
        default=list, blank=True, help_text="The dates it was due before (ISO dates)."
    )

    class Meta:
        ordering = ("position", "id")

    def __str__(self) -> str:
        return f"action {self.position} of outcome {self.outcome_id}"


class ProgressNote(models.Model):
    """What was done towards an action on a date, what shows it, and its status then."""

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="progress")
    position = models.PositiveIntegerField(default=0)
    date = models.DateField()
    note = models.TextField()
    evidence = models.TextField(blank=True)
    status = models.CharField(max_length=20, choices=_choices(ACTION_STATUSES), blank=True)

    class Meta:
        ordering = ("position", "id")

    def __str__(self) -> str:
        return f"progress note {self.position} of action {self.action_id}"


class Resource(models.Model):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="resources")
    position = models.PositiveIntegerField(default=0)
    key = models.CharField(max_length=100, blank=True)
    resource = models.TextField()
    who = models.CharField(max_length=500, blank=True)
    when_text = models.CharField(max_length=500, blank=True)
    when_date = models.DateField(null=True, blank=True)
    when_recurring = models.BooleanField(default=False)

    class Meta:
        ordering = ("position", "id")

    def __str__(self) -> str:
        return f"resource {self.position} of plan {self.plan_id}"


class Event(models.Model):
    """A meeting or milestone on the plan's timeline, oldest first."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="events")
    position = models.PositiveIntegerField(default=0)
    key = models.CharField(max_length=100, blank=True)
    kind = models.CharField(max_length=30, choices=_choices(EVENT_KINDS))
    date = models.DateField()
    minutes_sent = models.DateField(null=True, blank=True)
    contingency_reviewed = models.BooleanField(null=True, blank=True)
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ("position", "id")

    def __str__(self) -> str:
        return f"{self.kind} {self.position} of plan {self.plan_id}"


class PlanVersion(models.Model):
    """The plan as it was after one save: who saved it, when, what they changed, and the
    whole plan as a plan file (YAML), so any two versions can be compared and any version
    downloaded, whatever happens to the records later.

    ``number`` is the plan's ``version`` after that save. Versions are only ever added.
    """

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    saved_at = models.DateTimeField(default=timezone.now)
    saved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="plan_versions",
        help_text="Empty for a plan made by the system (the demo caseload).",
    )
    change = models.CharField(max_length=200, help_text="What this save changed, in a few words.")
    content = models.TextField(help_text="The plan file (YAML) as saved.")
    status = models.CharField(
        max_length=10,
        choices=Plan.Status.choices,
        blank=True,
        help_text="The plan's status then (not part of the plan file); empty in versions "
        "kept before it was recorded.",
    )

    class Meta:
        ordering = ("-number",)
        constraints = (
            models.UniqueConstraint(fields=("plan", "number"), name="one_version_per_number"),
        )

    def __str__(self) -> str:
        return f"version {self.number} of plan {self.plan_id}"


class ManagementOversight(models.Model):
    """A manager's recorded oversight of a plan (seed 004): whether the plan still meets
    the child's needs, and the actions the case needs. A senior manager's review of a
    Child in Need plan open more than 9 months is one of these, and is also put on the
    plan's key dates (``senior_manager_review``) so the timescales see it."""

    class Kind(models.TextChoices):
        SUPERVISION = "supervision", "Team manager oversight"
        SENIOR_MANAGER_REVIEW = "senior_manager_review", "Senior manager review"

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="oversights")
    kind = models.CharField(max_length=30, choices=Kind.choices)
    date = models.DateField()
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="oversights"
    )
    recorded_at = models.DateTimeField(default=timezone.now)
    plan_remains_appropriate = models.BooleanField()
    decision = models.TextField(help_text="What was decided, and why.")
    actions = models.TextField(blank=True, help_text="Actions the case needs, who and when.")

    class Meta:
        ordering = ("-date", "-id")

    def __str__(self) -> str:
        return f"{self.kind} of plan {self.plan_id} on {self.date}"
