"""Every chart on the dashboard is a picture with a name for screen readers (axe's
svg-img-alt rule), taken from its title and summary."""

import re

import pytest

from newsroom.moderation.tests.factories import held_comment

pytestmark = pytest.mark.django_db


def test_every_chart_is_named(client, editions, moderator, reader):
    held_comment(reader)
    client.force_login(moderator)
    html = client.get("/moderation/dashboard/").text
    charts = re.findall(r"<svg [^>]*>", html)
    assert len(charts) == 5
    for chart in charts:
        assert 'role="img"' in chart
        name = re.search(r'aria-label="([^"]+)"', chart)
        assert name and len(name.group(1)) > 10, chart
    assert 'aria-label="Queue size. 1 comment waits for a moderator now."' in html
