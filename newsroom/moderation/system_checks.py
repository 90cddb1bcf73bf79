"""Django system checks of moderation: `manage.py check` says when the abuse model
retrained into DATA_DIR cannot be used (an earlier version's format, or damaged)."""

from django.core import checks


@checks.register(checks.Tags.compatibility)
def check_live_abuse_model(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    from newsroom.moderation.model_files import live_path

    if not live_path().exists():  # the shipped model: nothing to load numpy for
        return []
    from newsroom.moderation import abuse_model

    problem = abuse_model.live_model_problem()
    if problem is None:
        return []
    return [
        checks.Warning(
            problem,
            hint="Run `manage.py train_scorer` to train a model of this version's format "
            "from the moderators' decisions, or delete the file to use the shipped model.",
            id="moderation.W001",
        )
    ]
