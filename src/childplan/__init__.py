"""childplan: write, check, schedule, monitor and review a child's plan."""

__version__ = "0.1.0"
