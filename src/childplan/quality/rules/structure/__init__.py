"""Structure rules: each reads the plan as a whole (a need without an outcome, no contingency)."""
