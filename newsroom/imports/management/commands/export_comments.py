"""manage.py export_comments: every comment (or one article's) as Disqus XML or JSON
Lines, streamed to a file or to standard output ("-")."""

import sys

from django.core.management.base import BaseCommand, CommandError

from newsroom.articles.models import ArticlePage
from newsroom.imports.exports import EXPORTERS


class Command(BaseCommand):
    help = (
        "Export comments as Disqus-compatible XML or JSON Lines, site-wide or for one"
        " article (--article ID). Holds readers' email addresses: keep the file private."
    )

    def add_arguments(self, parser):
        parser.add_argument("format", choices=sorted(EXPORTERS))
        parser.add_argument("outfile", help='A file name, or "-" for standard output.')
        parser.add_argument("--article", type=int, help="Only this article's comments.")

    def handle(self, *args, format, outfile, article, **options):
        if article is not None and not ArticlePage.objects.filter(pk=article).exists():
            raise CommandError(f"there is no article {article}")
        chunks = EXPORTERS[format](article)
        if outfile == "-":
            for chunk in chunks:
                sys.stdout.buffer.write(chunk)
            sys.stdout.buffer.flush()
            return
        try:
            with open(outfile, "wb") as out:
                for chunk in chunks:
                    out.write(chunk)
        except OSError as error:
            raise CommandError(f"{outfile}: {error.strerror}") from None
