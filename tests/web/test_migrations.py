"""The migrations match the models (run makemigrations after changing a model)."""

from __future__ import annotations

import pytest
from django.core.management import call_command


@pytest.mark.database
@pytest.mark.django_db
def test_no_model_change_lacks_a_migration() -> None:
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_a_test_without_the_database_cannot_reach_it() -> None:
    from childplan.web.children.models import Child

    with pytest.raises(RuntimeError, match="Database access not allowed"):
        Child.objects.count()
