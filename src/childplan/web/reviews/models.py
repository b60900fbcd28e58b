"""A review meeting of a plan as rows: the meeting, who was invited and came, and the plan
walked outcome by outcome and action by action (``childplan.reviews.meeting`` is the same
as pure records, which the minutes are drafted from).

Names and texts are copied from the plan and the child's people as they were at the
meeting, so the record and its minutes stay true when the plan changes later; the links
to the plan's rows are kept while those rows exist.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from childplan.plan.model import ACTION_STATUSES
from childplan.reviews.meeting import REVIEW_KINDS
from childplan.timescales.engine import TITLES
from childplan.web.children.models import Person
from childplan.web.plans.models import Action, Event, Outcome, Plan


class ReviewMeeting(models.Model):
    class Participation(models.TextChoices):
        ATTENDED = "attended", "Came to the meeting"
        VIEWS_ANOTHER_WAY = "views_another_way", "Gave their views another way"
        NONE = "none", "Did not take part"

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="review_meetings")
    event = models.ForeignKey(
        Event, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    kind = models.CharField(max_length=30, choices=[(k, TITLES[k]) for k in REVIEW_KINDS])
    date = models.DateField()
    chair = models.CharField(max_length=200)
    note_taker = models.CharField(max_length=200)
    child_participation = models.CharField(max_length=20, choices=Participation.choices)
    childs_views = models.TextField(blank=True)
    what_worked = models.TextField(blank=True)
    what_did_not = models.TextField(blank=True)
    unplanned_outcomes = models.TextField(blank=True)
    contingency_holds = models.BooleanField(
        null=True, blank=True, help_text="Empty: the contingency was not discussed."
    )
    contingency_note = models.TextField(blank=True)
    disagreements = models.TextField(blank=True)
    disagreement_action = models.TextField(blank=True)
    decisions = models.TextField()
    next_review = models.DateField(null=True, blank=True)
    next_review_reason = models.TextField(blank=True)
    minutes_text = models.TextField(blank=True, help_text="Empty until the draft is saved.")
    minutes_approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    minutes_approved_at = models.DateTimeField(null=True, blank=True)
    minutes_sent = models.DateField(null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="review_meetings"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("-date", "-id")

    def __str__(self) -> str:
        return f"{self.kind} of plan {self.plan_id} on {self.date}"


class Attendance(models.Model):
    class Presence(models.TextChoices):
        ATTENDED = "attended", "Came"
        APOLOGIES = "apologies", "Sent apologies"
        ABSENT = "absent", "Did not come"

    meeting = models.ForeignKey(ReviewMeeting, on_delete=models.CASCADE, related_name="attendance")
    person = models.ForeignKey(
        Person, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    position = models.PositiveIntegerField(default=0)
    name = models.CharField(max_length=200)
    description = models.CharField(max_length=500, blank=True)
    parental_responsibility = models.BooleanField(default=False)
    invited = models.BooleanField()
    not_invited_reason = models.TextField(blank=True)
    presence = models.CharField(max_length=20, choices=Presence.choices, blank=True)
    written_views = models.TextField(blank=True)
    interpreter_arranged = models.BooleanField(
        null=True, blank=True, help_text="Empty: not needed."
    )
    advocate_arranged = models.BooleanField(null=True, blank=True, help_text="Empty: not needed.")
    support_note = models.TextField(blank=True)

    class Meta:
        ordering = ("position", "id")

    def __str__(self) -> str:
        return f"attendance {self.position} of meeting {self.meeting_id}"


class OutcomeReview(models.Model):
    meeting = models.ForeignKey(
        ReviewMeeting, on_delete=models.CASCADE, related_name="outcome_reviews"
    )
    outcome = models.ForeignKey(
        Outcome, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    position = models.PositiveIntegerField(default=0)
    outcome_text = models.TextField()
    progress = models.TextField()
    evidence = models.TextField(blank=True)
    indicator = models.TextField(blank=True)
    target = models.TextField(blank=True)
    reading = models.CharField(
        max_length=200, blank=True, help_text="The indicator's value at the meeting."
    )
    still_relevant = models.BooleanField()
    achieved = models.BooleanField()

    class Meta:
        ordering = ("position", "id")

    def __str__(self) -> str:
        return f"outcome review {self.position} of meeting {self.meeting_id}"


class ActionReview(models.Model):
    outcome_review = models.ForeignKey(
        OutcomeReview, on_delete=models.CASCADE, related_name="action_reviews"
    )
    action = models.ForeignKey(
        Action, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    position = models.PositiveIntegerField(default=0)
    action_text = models.TextField()
    who = models.CharField(max_length=500, blank=True)
    when_text = models.CharField(max_length=500, blank=True)
    feedback = models.TextField(blank=True)
    status = models.CharField(
        max_length=20, choices=[(s, s.replace("_", " ").capitalize()) for s in ACTION_STATUSES]
    )
    why_not_done = models.TextField(blank=True)

    class Meta:
        ordering = ("position", "id")

    def __str__(self) -> str:
        return f"action review {self.position} of outcome review {self.outcome_review_id}"
