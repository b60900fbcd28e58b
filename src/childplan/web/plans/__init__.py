"""A child's plans as database records, each turned into ``childplan.plan.model.Plan`` for
the checker (``to_plan``) and built back from one (``records.save_plan``)."""
