"""Reporting a comment: /comments/c/<id>/report/ (recorded; moderation acts on it)."""

import pytest
from django.urls import reverse

from newsroom.comments.models import Report
from newsroom.comments.tests.factories import make_comment

pytestmark = pytest.mark.django_db


def test_a_reader_reports_with_a_reason(client, editions, reader, other_reader):
    comment = make_comment(author=other_reader)
    client.force_login(reader)
    form = client.get(reverse("comments:report", args=[comment.pk])).content.decode()
    assert "Harassment or bullying" in form and "Threats of violence" in form
    response = client.post(
        reverse("comments:report", args=[comment.pk]), {"reason": "harassment", "text": "Rude"}
    )
    assert response.status_code == 200 and "A moderator will look" in response.content.decode()
    report = Report.objects.get()
    assert (report.reason, report.text, report.reporter) == ("harassment", "Rude", reader)


def test_one_report_per_reader_per_comment(client, editions, reader, other_reader):
    comment = make_comment(author=other_reader)
    client.force_login(reader)
    url = reverse("comments:report", args=[comment.pk])
    client.post(url, {"reason": "spam"})
    again = client.post(url, {"reason": "hate"})
    assert again.status_code == 409 and "reported this comment already" in again.content.decode()
    assert Report.objects.count() == 1


def test_other_needs_words_and_a_reason_is_required(client, editions, reader, other_reader):
    comment = make_comment(author=other_reader)
    client.force_login(reader)
    url = reverse("comments:report", args=[comment.pk])
    assert client.post(url, {"reason": "other"}).status_code == 400
    assert client.post(url, {}).status_code == 400
    assert client.post(url, {"reason": "nonsense"}).status_code == 400
    assert not Report.objects.exists()
