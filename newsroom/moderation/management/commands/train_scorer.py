"""manage.py train_scorer: retrain our abuse model on public data, the examples written
for the project and this newsroom's own moderator decisions; keep it only if better."""

from django.core.management.base import BaseCommand

from newsroom.moderation import scorer_training
from newsroom.moderation.models import ModerationSettings


class Command(BaseCommand):
    help = (
        "Retrain the abuse model with the moderators' decisions (approved or rejected, per "
        "language), evaluate it on a held-out part of them, and make it the live model in "
        "DATA_DIR only if it does better than the live one. Safe to run twice."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--ship",
            action="store_true",
            help="train the model the repository ships (no site data) and write it there",
        )

    def handle(self, ship=False, **options):
        threshold = ModerationSettings.current().toxicity_hold
        outcome = scorer_training.retrain(threshold, ship=ship)
        self.stdout.write(f"Held out for evaluation: {outcome.held_out_source} examples.")
        self._figures("new model", outcome.candidate)
        if outcome.live:
            self._figures("live model", outcome.live)
        if ship:
            self.stdout.write(self.style.SUCCESS(f"Shipped model written to {outcome.path}."))
        elif outcome.replaced:
            self.stdout.write(self.style.SUCCESS(f"The new model is live: {outcome.path}."))
        elif outcome.removed:
            self.stdout.write(
                f"Deleted the unusable model in DATA_DIR ({outcome.removed}); the shipped "
                "model does as well or better and is live."
            )
        else:
            self.stdout.write("The live model does as well or better: kept it.")

    def _figures(self, label: str, figures: dict) -> None:
        self.stdout.write(
            f"{label}: balanced accuracy {figures.get('balanced_accuracy')} "
            f"on {figures.get('examples', 0)} examples"
        )
        for code, part in figures.get("languages", {}).items():
            self.stdout.write(
                f"  {code}: precision {part['precision']}, recall {part['recall']}, "
                f"{part['examples']} examples"
            )
