"""manage.py load_demo: a fictional newsroom to look at and test against."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils.module_loading import import_string

from newsroom.articles.demo.loader import demo_is_loaded, load_demo
from newsroom.articles.editions import ensure_editions, ensure_editorial_groups


class Command(BaseCommand):
    help = (
        "Build the demo newsroom (editions, sections, authors, pictures, 60 articles). "
        "Does nothing if articles already exist, so it is safe to run twice."
    )

    def handle(self, *args, **options):
        ensure_editions()
        ensure_editorial_groups()
        if demo_is_loaded():
            self.stdout.write("Articles exist already; demo articles left as they are.")
        else:
            count = load_demo(stdout=self.stdout if options["verbosity"] > 1 else None)
            call_command("update_index", verbosity=0)
            self.stdout.write(self.style.SUCCESS(f"Demo newsroom built: {count} articles."))
        # Other apps add to the demo (comment threads...) through DEMO_LOADERS, so this
        # app needs no knowledge of them; each loader leaves existing content alone.
        for dotted_path in settings.DEMO_LOADERS:
            message = import_string(dotted_path)()
            if message:
                self.stdout.write(self.style.SUCCESS(message))
