"""The search strategies: the default ``cost-first`` (cost_first.py and its parts) and Optuna's
own, built by name in registry.py (the names are the configuration's: nas/config/sections.py)."""
