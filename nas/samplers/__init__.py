"""The search strategies, by the names the configuration and the CLI read."""
