"""The database itself refuses to change or delete an audit entry (SQLite and PostgreSQL)."""

from __future__ import annotations

from typing import Any

from django.db import migrations

TABLE = "audit_auditentry"

SQLITE = [
    f"""CREATE TRIGGER audit_entry_no_{event.lower()} BEFORE {event} ON {TABLE}
        BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END"""
    for event in ("UPDATE", "DELETE")
]
SQLITE_REVERSE = [f"DROP TRIGGER IF EXISTS audit_entry_no_{e}" for e in ("update", "delete")]

POSTGRESQL = [
    """CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'audit entries are append-only'; END $$""",
    f"""CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON {TABLE}
        FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()""",
]
POSTGRESQL_REVERSE = [
    f"DROP TRIGGER IF EXISTS audit_entry_append_only ON {TABLE}",
    "DROP FUNCTION IF EXISTS audit_entry_append_only()",
]


def _run(statements: dict[str, list[str]]) -> Any:
    def run(apps: Any, schema_editor: Any) -> None:
        for statement in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("audit", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE, "postgresql": POSTGRESQL}),
            _run({"sqlite": SQLITE_REVERSE, "postgresql": POSTGRESQL_REVERSE}),
        )
    ]
