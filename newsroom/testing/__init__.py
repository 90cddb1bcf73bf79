"""Test support: servers started for the suites, the pytest plugin and test settings."""
