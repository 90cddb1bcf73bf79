"""`python -m newsroom.imports.tests.killed_import FORMAT FILE STEP N`: manage.py
import_comments in a process that kills itself (SIGKILL, nothing cleaned up) as the
writer's STEP returns for the Nth time, with small batches so every pass has several.
The interrupted-import tests run it against their own database (process_settings)."""

import os
import signal
import sys

import django

if __name__ == "__main__":
    django.setup()
    from django.core.management import call_command

    from newsroom.imports import writer

    format, path, step, times = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    writer.BATCH, writer.ARTICLE_BATCH = 40, 1
    original = getattr(writer.Writer, step)
    calls = [0]

    def killed_after(self, *args, **kwargs):
        result = original(self, *args, **kwargs)
        calls[0] += 1
        if calls[0] >= times:
            os.kill(os.getpid(), signal.SIGKILL)
        return result

    setattr(writer.Writer, step, killed_after)
    call_command("import_comments", format, path, "--no-progress")
    sys.exit(3)  # the step never came N times: the test's premise is wrong
