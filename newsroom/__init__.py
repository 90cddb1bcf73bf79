"""Newsroom: a self-hosted news site with a moderated comment section."""
