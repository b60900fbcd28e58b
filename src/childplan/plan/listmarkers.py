"""The bullet or number in front of a list item, as Word keeps it or a practitioner types it
("• ", "- ", "1. ", "2) ", "a) ", "(3) "): read from Word cells, and left out by the checker,
which reads what follows it."""

from __future__ import annotations

import re

LIST_MARKER = re.compile(r"^\s*(?:[•·▪‣◦○●*–-]|\d{1,2}[.)]|[a-h][.)]|\(\d{1,2}\))\s+")
