"""Who uses childplan: people with a role, in teams, in services; and signing in."""
