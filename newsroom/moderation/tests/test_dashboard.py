"""GET /moderation/dashboard/: the week's figures as server-drawn SVG, with their numbers."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from newsroom.moderation import dashboard
from newsroom.moderation.models import Review
from newsroom.moderation.tests.factories import held_comment, listed, make_comment, report

pytestmark = pytest.mark.django_db


def test_the_dashboard_draws_every_chart_as_svg(
    client, editions, reader, other_reader, moderator, rules
):
    listed("spamword", "block")
    make_comment(author=reader, body="A published thought.")
    held = held_comment(reader, body="A held thought.")
    make_comment(author=reader, body="spamword spamword")
    report(make_comment(author=reader, body="A reported thought."), other_reader, "threat")
    client.force_login(moderator)
    client.post(reverse("moderation:decide", args=[held.pk, "approve"]))
    page = client.get(reverse("moderation:dashboard")).content.decode()
    assert page.count("<svg") == 5
    for title in (
        "Queue size",
        "Median time to a decision",
        "Comments per hour",
        "Held and rejected automatically",
        "Reports by reason",
    ):
        assert title in page
    assert "Threats of violence: 1" in page  # a bar's tooltip


def test_the_figures_are_right(editions, reader, other_reader, moderator, rules):
    listed("spamword", "block")
    make_comment(author=reader, body="A published thought.")
    make_comment(author=reader, body="Another published thought.")
    held = held_comment(reader, body="A held thought.")
    make_comment(author=reader, body="spamword spamword")
    Review.objects.filter(pk=held.pk).update(
        queued_at=timezone.now() - timedelta(minutes=30),
        decided_at=timezone.now(),
        decision="approved",
    )
    charts = {chart.title: chart for chart in dashboard.charts()}
    share = charts["Held and rejected automatically (% of comments)"].rows[-1][1]
    assert share == "25% / 25%"  # of 4 comments today: 1 rejected, 1 held
    minutes = charts["Median time to a decision (minutes)"].rows[-1][1]
    assert minutes == "30"
    assert "4 comments in the last seven days" in charts["Comments per hour"].summary
    assert charts["Queue size"].summary == "1 comment waits for a moderator now."
