"""A child, the people in their life, and who may see their record.

A child belongs to a team (the team responsible for them, allocated or not) and is
allocated to a worker in it. ``Grant`` lets a named user see a child outside those lines;
a ``restricted`` child (a relative on the staff, a high-profile case) is seen only by the
allocated worker, named grants and administrators. ``childplan.web.access`` applies this.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from childplan.web.accounts.models import Team


class Child(models.Model):
    name = models.CharField(max_length=200)
    date_of_birth = models.DateField(null=True, blank=True)
    key = models.CharField(
        max_length=100, blank=True, help_text="The child's id in a plan file (`child.id`)."
    )
    identity = models.TextField(
        blank=True, help_text="Ethnicity, religion, culture, gender identity, as recorded."
    )
    language = models.CharField(max_length=100, blank=True)
    needs_interpreter = models.BooleanField(default=False)
    interpreter = models.CharField(max_length=200, blank=True)
    needs_advocate = models.BooleanField(default=False)
    advocate = models.CharField(max_length=200, blank=True)
    team = models.ForeignKey(Team, on_delete=models.PROTECT, related_name="children")
    restricted = models.BooleanField(
        default=False,
        help_text="Only the allocated worker, named grants and administrators see this child.",
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("name", "id")
        verbose_name_plural = "children"

    def __str__(self) -> str:
        return f"child {self.pk}"  # no name: this string can reach logs


class Person(models.Model):
    """Someone in the child's family, network or professional network (in the user's
    order), as in ``childplan.plan.model.Person``."""

    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="people")
    position = models.PositiveIntegerField(default=0)
    key = models.CharField(max_length=100, blank=True)
    name = models.CharField(max_length=200)
    relationship = models.CharField(max_length=100, blank=True)
    role = models.CharField(max_length=200, blank=True, help_text="A professional's role.")
    agency = models.CharField(max_length=200, blank=True, help_text="A professional's agency.")
    parental_responsibility = models.BooleanField(null=True, blank=True)
    lives_with_child = models.BooleanField(null=True, blank=True)
    involved = models.BooleanField(default=True)
    not_involved_reason = models.TextField(blank=True)
    invited = models.BooleanField(null=True, blank=True)
    not_invited_reason = models.TextField(blank=True)
    language = models.CharField(max_length=100, blank=True)
    needs_interpreter = models.BooleanField(default=False)
    interpreter = models.CharField(max_length=200, blank=True)
    needs_advocate = models.BooleanField(default=False)
    advocate = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ("position", "id")
        verbose_name_plural = "people"

    def __str__(self) -> str:
        return f"person {self.pk} of child {self.child_id}"


class Allocation(models.Model):
    """A worker allocated to a child; the current one has no end date."""

    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="allocations")
    worker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="allocations"
    )
    started = models.DateField()
    ended = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ("-started", "id")
        constraints = (
            models.UniqueConstraint(
                fields=["child"],
                condition=models.Q(ended__isnull=True),
                name="one_current_allocation",
            ),
        )

    def __str__(self) -> str:
        return f"allocation of child {self.child_id} to user {self.worker_id}"


class Grant(models.Model):
    """Permission for one user to see (and, with ``can_edit``, change) one child's record."""

    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="grants")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="grants"
    )
    can_edit = models.BooleanField(default=False)
    reason = models.TextField(help_text="Why this person needs to see the record.")
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="grants_given",
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = (
            models.UniqueConstraint(fields=["child", "user"], name="one_grant_per_user"),
        )

    def __str__(self) -> str:
        return f"grant of child {self.child_id} to user {self.user_id}"
