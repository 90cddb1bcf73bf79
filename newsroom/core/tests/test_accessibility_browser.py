"""Every page type of the site, in real Chromium, checked by axe-core at WCAG 2.1 AA:
no violations, signed out and signed in, left to right and right to left.

axe-core is the npm package pinned in package.json, installed into the git-ignored
node_modules by `scripts/install-test-packages` (`make test` runs it); the test reads it
from disk and runs it in each page through the browser's own evaluation, so nothing is
fetched while testing and the pages keep their Content-Security-Policy.
"""

from pathlib import Path

import pytest
from django.test import Client

from newsroom.articles.models import Author
from newsroom.articles.tests.factories import make_article, section
from newsroom.comments.tests.factories import make_comment as make_published_comment
from newsroom.moderation.tests.factories import held_comment, report
from newsroom.podcasts.tests.factories import make_audio, make_episode, make_show
from newsroom.testing.plugin import in_ci

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE = Path(__file__).resolve().parents[3] / "node_modules" / "axe-core" / "axe.min.js"
STANDARD = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
RUN_AXE = """async (tags) => {
  const result = await axe.run(document, {runOnly: {type: "tag", values: tags}});
  return {
    passes: result.passes.length,
    violations: result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ") + " :: " + n.failureSummary),
    })),
  };
}"""


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.exists():
        message = f"axe-core not installed at {AXE} (run scripts/install-test-packages)"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)
    return AXE.read_text(encoding="utf-8")


@pytest.fixture
def site(live_server, editions, reader, other_reader, settings, tmp_path, django_user_model):
    from newsroom.comments.demo import _policy_pages
    from newsroom.conftest import _user, _verified
    from newsroom.moderation.roles import MODERATORS, ensure_moderators_group

    settings.MEDIA_ROOT = tmp_path / "media"
    settings.HUMAN_CHECKS = True
    _policy_pages()
    author = Author.objects.create(name="Ana Ruiz", slug="ana-ruiz", role="Correspondent")
    article = make_article(title="The dam holds", tags=("energy",), authors=(author,))
    first = make_published_comment(article=article, author=other_reader, body="A fair point.")
    make_published_comment(article=article, author=reader, body="I disagree.", parent=first)
    ensure_moderators_group()
    moderator = _verified(_user(django_user_model, "moderator", MODERATORS))
    held = held_comment(reader, article=article)
    report(first, reader, reason="spam")
    arabic = make_article(parent=section(language="ar"), title="السد صامد")
    episode = make_episode(make_show(), audio=make_audio(seconds=2))
    # The channel: a video story (a clip transcoded on commit), shows, schedule, live.
    from newsroom.schedule.setup import ensure_schedule_pages
    from newsroom.video.setup import ensure_channel_pages
    from newsroom.video.tests.factories import make_video

    settings.LIVE_STREAM_URL = "https://live.example/channel.m3u8"
    ensure_channel_pages()
    ensure_schedule_pages()
    video_story = make_article(title="Ferry sinks", lead_video=make_video(width=320, height=180))
    return {
        "url": live_server.url,
        "article": article,
        "arabic": arabic,
        "episode": episode,
        "video_story": video_story,
        "held": held,
        "comment": first,
        "moderator": moderator,
    }


def _pages(site) -> dict[str, list[str]]:
    article, episode = site["article"], site["episode"]
    anonymous = [
        "/en/",
        "/en/world-news/",
        article.url,
        "/en/tags/energy/",
        "/en/authors/ana-ruiz/",
        "/en/search/?q=dam",
        "/en/commenting-policy/",
        "/en/newsletter/",
        "/en/podcasts/",
        episode.get_parent().url,
        episode.url,
        site["video_story"].url,
        "/en/shows/",
        "/en/schedule/",
        "/en/where-to-watch/",
        "/en/live/",
        f"/en/comments/{article.pk}/",
        "/en/accounts/login/",
        "/en/accounts/signup/",
        "/en/accounts/password/reset/",
        "/en/accounts/password/reset/done/",
        "/en/no-such-page/",
        "/ar/",
        site["arabic"].url,
        "/ar/accounts/login/",
        "/ar/schedule/",
    ]
    reader = [
        article.url,
        "/en/account/",
        "/en/account/delete/",
        "/en/accounts/email/",
        "/en/accounts/password/change/",
        f"/en/comments/c/{site['comment'].pk}/reply/",
        f"/en/comments/c/{site['comment'].pk}/report/",
    ]
    moderator = [
        "/moderation/",
        "/moderation/?tab=reported",
        "/moderation/log/",
        "/moderation/dashboard/",
        f"/moderation/readers/{site['held'].author_id}/",
        "/en/search/?q=dam",
    ]
    return {"anonymous": anonymous, "reader": reader, "moderator": moderator}


def _sign_in(context, site, user) -> None:
    client = Client()
    client.force_login(user)
    cookie = client.cookies["sessionid"]
    context.add_cookies([{"name": "sessionid", "value": cookie.value, "url": site["url"]}])


def test_every_page_type_has_no_wcag_21_aa_violations(
    chromium, site, reader, axe_source, artifacts
):
    users = {"anonymous": None, "reader": reader, "moderator": site["moderator"]}
    found, checked = {}, 0
    for who, paths in _pages(site).items():
        context = chromium.new_context()
        if users[who] is not None:
            _sign_in(context, site, users[who])
        page = context.new_page()
        for path in paths:
            response = page.goto(site["url"] + path)
            expected = 404 if "no-such-page" in path else 200
            assert response.status == expected, f"{who} {path}: {response.status}"
            page.wait_for_load_state("networkidle")
            page.evaluate(axe_source)
            result = page.evaluate(RUN_AXE, STANDARD)
            assert result["passes"] > 10, f"axe checked almost nothing on {path}"
            checked += 1
            if "/accounts/" in path:  # allauth's pages in the site's look, for the eye
                name = path.strip("/").replace("/", "-")
                page.screenshot(path=str(artifacts / f"a11y-{who}-{name}.png"), full_page=True)
            if result["violations"]:
                found[f"{who} {path}"] = result["violations"]
        context.close()
    assert checked == sum(len(paths) for paths in _pages(site).values())
    assert found == {}
