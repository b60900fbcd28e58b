"""The audit log: who saw or changed which child's record, and when. Append-only."""
