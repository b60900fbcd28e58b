"""Users, their role, team and service.

A practitioner and a team manager belong to a team; a senior manager heads a service (a group
of teams). What each role may see is decided in one place, ``childplan.web.access``.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AbstractUser
from django.db import models


class Service(models.Model):
    name = models.CharField(max_length=200, unique=True)

    class Meta:
        ordering = ("name",)

    def __str__(self) -> str:
        return self.name


class Team(models.Model):
    name = models.CharField(max_length=200)
    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="teams")

    class Meta:
        ordering = ("name",)
        constraints = (
            models.UniqueConstraint(fields=["service", "name"], name="team_name_in_service"),
        )

    def __str__(self) -> str:
        return self.name


class Role(models.TextChoices):
    PRACTITIONER = "practitioner", "Practitioner"
    TEAM_MANAGER = "team_manager", "Team manager"
    SENIOR_MANAGER = "senior_manager", "Senior manager"
    ADMINISTRATOR = "administrator", "Administrator"


class User(AbstractUser):
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.PRACTITIONER)
    team = models.ForeignKey(
        Team, on_delete=models.PROTECT, null=True, blank=True, related_name="members"
    )
    service = models.ForeignKey(
        Service,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="senior_managers",
        help_text="The service a senior manager heads.",
    )
    job_title = models.CharField(max_length=200, blank=True)

    def save(self, *args: Any, **kwargs: Any) -> None:
        # The Django admin is for administrators only: the role decides, not a stray flag.
        self.is_staff = self.is_superuser = self.role == Role.ADMINISTRATOR
        super().save(*args, **kwargs)

    @property
    def display_name(self) -> str:
        return self.get_full_name() or self.username
