"""A show's page: its description, feed and episodes, newest first."""

import pytest

from newsroom.podcasts.tests.factories import make_episode, make_show

pytestmark = pytest.mark.django_db


def test_it_lists_published_episodes_newest_first_with_the_feed(client, editions, settings):
    show = make_show(title="The Briefing", description="The day's news in minutes.")
    make_episode(show, title="Older", season=2, episode_number=7)
    make_episode(show, title="Newer")
    make_episode(show, title="Draft", publish=False)

    html = client.get(show.url).content.decode()

    assert "The day&#x27;s news in minutes." in html
    assert html.index("Newer") < html.index("Older")
    assert "Draft" not in html
    assert "Season 2 · Episode 7" in html
    assert f'href="{settings.SITE_URL}{show.url}feed/"' in html
