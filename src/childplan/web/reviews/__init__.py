"""Recording a review meeting of a plan, and its minutes (docs/web.md, "Review meetings")."""
