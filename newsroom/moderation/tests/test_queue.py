"""GET /moderation/: the tabs, filters and Priority order, each item in context, and the
live count of arrivals."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from newsroom.articles.models import SectionPage
from newsroom.articles.tests.factories import make_article
from newsroom.moderation.tests.factories import held_comment, listed, make_comment, report

pytestmark = pytest.mark.django_db


def queue(client, **query):
    response = client.get(reverse("moderation:queue"), query)
    assert response.status_code == 200
    return response.content.decode()


def test_pending_shows_held_comments_in_context(
    client, editions, reader, other_reader, moderator, rules
):
    listed("nitwit", "hold")
    parent = make_comment(author=other_reader, body="The spillway gates were opened at 2am.")
    reply = make_comment(author=reader, body="Only a nitwit would believe that.", parent=parent)
    assert reply.status == "pending"
    client.force_login(moderator)
    page = queue(client)
    assert parent.article.title in page
    assert "In reply to other_reader" in page and "The spillway gates were opened" in page
    assert "<mark>nitwit</mark>" in page
    assert "0 published, 1 waiting, 0 rejected" in page
    assert "held by words" not in page  # words are explained as listed words instead
    assert "1 listed words" in page and "A moderator will read it first" in page


def test_each_tab_lists_its_comments(client, editions, reader, other_reader, moderator, rules):
    pending = held_comment(reader, body="Pending words about tariffs.")
    reported = make_comment(author=reader, body="Reported words about tariffs.")
    report(reported, other_reader, "hate", "Targets migrants")
    rejected = held_comment(reader, body="Rejected words about tariffs.")
    approved = held_comment(reader, body="Approved words about tariffs.")
    client.force_login(moderator)
    client.post(reverse("moderation:decide", args=[rejected.pk, "reject"]), {"reason": "spam"})
    client.post(reverse("moderation:decide", args=[approved.pk, "approve"]))
    expected = {
        "pending": pending,
        "reported": reported,
        "rejected": rejected,
        "approved": approved,
    }
    for tab, comment in expected.items():
        page = queue(client, tab=tab)
        assert comment.body in page, tab
        others = [c for t, c in expected.items() if t != tab]
        assert not any(other.body in page for other in others), tab
    reported_page = queue(client, tab="reported")
    assert "Hate speech × 1" in reported_page and "Targets migrants" in reported_page
    everything = queue(client, tab="all")
    assert all(comment.body in everything for comment in expected.values())


def test_filters_by_edition_section_article_and_reason(client, editions, reader, moderator, rules):
    business = SectionPage.objects.get(slug="business", locale__language_code="en")
    in_business = held_comment(reader, body="About the markets.", article=make_article(business))
    elsewhere = held_comment(reader, body="About the weather.")
    spanish_section = SectionPage.objects.filter(locale__language_code="es").first()
    in_spanish = held_comment(reader, body="Sobre el clima.", article=make_article(spanish_section))
    client.force_login(moderator)
    by_section = queue(client, section=business.pk)
    assert in_business.body in by_section and elsewhere.body not in by_section
    assert f'<option value="{business.pk}" selected>en · Business</option>' in by_section
    by_article = queue(client, article=elsewhere.article_id)
    assert elsewhere.body in by_article and in_business.body not in by_article
    by_edition = queue(client, edition="es")
    assert in_spanish.body in by_edition and elsewhere.body not in by_edition
    by_reason = queue(client, reason="reader_premoderation")
    assert elsewhere.body in by_reason
    assert in_business.body not in queue(client, reason="links")


def test_priority_order_puts_the_most_urgent_first_and_explains_why(
    client, editions, reader, other_reader, moderator, rules
):
    listed("plonker", "hold")
    calm = held_comment(reader, body="A calm comment held for pre-moderation.")
    urgent = make_comment(author=other_reader, body="What a plonker of a minister, honestly.")
    client.force_login(moderator)
    page = queue(client)
    assert page.index(f'id="item-{urgent.pk}"') < page.index(f'id="item-{calm.pk}"')
    assert "1 listed words (+1.5)" in page
    oldest = queue(client, order="oldest")
    assert oldest.index(f'id="item-{calm.pk}"') < oldest.index(f'id="item-{urgent.pk}"')


def test_the_queue_costs_the_same_queries_for_5_and_for_20_items(
    client, editions, reader, other_reader, moderator, rules
):
    client.force_login(moderator)
    for n in range(5):
        held_comment(reader, body=f"Held comment {n} about the harbour.")
    queue(client)
    with CaptureQueriesContext(connection) as five:
        queue(client)
    for n in range(15):
        held_comment(other_reader, body=f"Another held comment {n} about the harbour.")
    with CaptureQueriesContext(connection) as twenty:
        page = queue(client)
    assert page.count('class="mod-item"') == 20
    assert len(twenty) == len(five)


def test_updates_count_arrivals_since_the_page_was_drawn(
    client, editions, reader, moderator, rules
):
    first = held_comment(reader, body="The first to arrive.")
    client.force_login(moderator)
    url = reverse("moderation:updates")
    assert client.get(url, {"after": first.pk}).json() == {
        "counts": {"pending": 1, "reported": 0},
        "arrived": 0,
    }
    held_comment(reader, body="A second one arrives.")
    held_comment(reader, body="And a third.")
    answer = client.get(url, {"after": first.pk}).json()
    assert answer["arrived"] == 2 and answer["counts"]["pending"] == 3


def test_nonsense_in_the_query_string_is_ignored(client, editions, moderator):
    client.force_login(moderator)
    page = queue(client, tab="bogus", order="sideways", section="abc", page="-3", article="x")
    assert "Nothing here" in page
