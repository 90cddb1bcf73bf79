"""The audit log: an entry for every action and automatic decision, never editable,
filterable at /moderation/log/."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from newsroom.moderation.models import AuditEntry
from newsroom.moderation.tests.factories import held_comment, make_comment

pytestmark = pytest.mark.django_db


def test_entries_cannot_be_changed_or_deleted(editions, reader, rules):
    make_comment(author=reader)
    entry = AuditEntry.objects.get()
    entry.reason = "rewritten history"
    with pytest.raises(ValidationError):
        entry.save()
    with pytest.raises(ValidationError):
        entry.delete()
    with pytest.raises(ValidationError):
        AuditEntry.objects.update(reason="rewritten")
    with pytest.raises(ValidationError):
        AuditEntry.objects.all().delete()
    assert AuditEntry.objects.get().reason == "new comment"


def test_the_log_filters_by_action_by_people_or_checks_and_by_reader(
    client, editions, reader, other_reader, moderator, rules
):
    held = held_comment(reader, body="Waiting for a human.")
    make_comment(author=other_reader, body="Published by the pipeline.")
    client.force_login(moderator)
    client.post(reverse("moderation:decide", args=[held.pk, "approve"]))
    url = reverse("moderation:log")
    people = client.get(url, {"who": "people"}).content.decode()
    assert "Approved" in people and "check: " not in people
    checks = client.get(url, {"who": "checks"}).content.decode()
    assert "check: reader_premoderation" in checks and "check: pipeline" in checks
    only_held = client.get(url, {"action": "held"}).content.decode()
    assert "check: reader_premoderation" in only_held and "check: pipeline" not in only_held
    for_reader = client.get(url, {"reader": other_reader.pk}).content.decode()
    assert f"#{held.pk}" not in for_reader
    assert client.get(url, {"reader": "not a number", "since": "yesterday"}).status_code == 200


def test_the_admin_shows_entries_but_cannot_edit_them(client, editions, reader, admin, rules):
    make_comment(author=reader)
    entry = AuditEntry.objects.get()
    client.force_login(admin)
    assert client.get("/django-admin/moderation/auditentry/").status_code == 200
    change = client.post(
        f"/django-admin/moderation/auditentry/{entry.pk}/change/", {"reason": "rewritten"}
    )
    assert change.status_code == 403
    delete = client.post(f"/django-admin/moderation/auditentry/{entry.pk}/delete/", {"post": "yes"})
    assert delete.status_code == 403
    assert AuditEntry.objects.get().reason == "new comment"


def test_every_action_and_automatic_decision_writes_its_entry(
    client, editions, reader, other_reader, moderator, rules
):
    """One of each, through the real paths; then every kind of entry is in the log."""
    from newsroom.moderation.tests.factories import listed, report

    client.force_login(other_reader)
    article = make_comment(author=other_reader, body="Opening the thread.").article
    toxic = "Shut up you stupid bitch, you are worthless trash"
    client.post(reverse("comments:post", args=[article.pk]), {"body": toxic})  # warned
    listed("casinobonus", "block")
    make_comment(author=reader, body="casinobonus here", article=article)  # rejected by check
    held = held_comment(reader, body="Held for a moderator.", article=article)  # held by check
    rules.reports_to_hold = 1
    rules.save()
    reported = make_comment(author=reader, body="Reported later.", article=article)
    report(reported, other_reader)  # reported, then held by "reports"
    client.force_login(moderator)
    decide = "moderation:decide"
    client.post(reverse(decide, args=[held.pk, "approve"]))
    client.post(reverse(decide, args=[reported.pk, "reject"]), {"reason": "spam"})
    client.post(reverse(decide, args=[held.pk, "feature"]))
    client.post(reverse(decide, args=[held.pk, "unfeature"]))
    person = "moderation:reader-action"
    for action, data in [
        ("premoderate", {}),
        ("unpremoderate", {}),
        ("suspend", {"days": "1"}),
        ("unsuspend", {}),
        ("ban", {"reason": "Threats"}),
        ("unban", {}),
    ]:
        client.post(reverse(person, args=[reader.pk, action]), data)
    automatic = set(AuditEntry.objects.exclude(automatic="").values_list("automatic", "action"))
    assert {("toxicity", "warned"), ("words", "rejected"), ("pipeline", "approved")} <= automatic
    assert ("reader_premoderation", "held") in automatic and ("reports", "held") in automatic
    by_moderator = set(AuditEntry.objects.filter(actor=moderator).values_list("action", flat=True))
    assert by_moderator == {
        "approved", "rejected", "featured", "unfeatured", "premoderated", "unpremoderated",
        "suspended", "unsuspended", "banned", "unbanned",
    }  # fmt: skip
    assert AuditEntry.objects.filter(action="reported", actor=other_reader).exists()
    produced = {action for _, action in automatic} | by_moderator | {"reported"}
    assert set(AuditEntry.Action.values) == produced
