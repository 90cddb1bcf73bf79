"""Processes that never screen a comment (the importer, the task worker, manage.py
commands) do not carry the screening's numerical libraries in memory."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_setting_up_django_loads_no_numpy(tmp_path):
    script = (
        "import django, sys; django.setup(); "
        "from django.core.management import call_command; call_command('check'); "
        "print('numpy' in sys.modules)"
    )
    environment = {
        **os.environ,
        "DATA_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "newsroom.settings",
    }
    answer = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=environment, capture_output=True, text=True
    )
    assert answer.returncode == 0, answer.stderr[-2000:]
    assert answer.stdout.strip().splitlines()[-1] == "False"
