"""The child: who they are, the people around them, who works with them, and the caseload."""
