"""Failed sign-ins and the lockouts that follow are recorded and shown to staff in the
admin, who may lift a reader's lockout there."""

import pytest

from newsroom.accounts.models import FailedSignIn

pytestmark = pytest.mark.django_db


def _fail(client, email, times):
    for _ in range(times):
        response = client.post("/en/accounts/login/", {"login": email, "password": "wrong"})
    return response


def test_each_failure_and_each_refusal_by_the_lockout_is_recorded(client, editions, reader):
    response = _fail(client, reader.email, 7)
    assert "Too many failed login attempts" in response.text
    failures = FailedSignIn.objects.filter(email=reader.email)
    assert failures.filter(locked_out=False).count() == 5
    assert failures.refused().count() == 2
    assert failures.first().address == "127.0.0.1"


def test_staff_see_who_is_locked_out_now(client, editions, reader, admin_client):
    _fail(client, reader.email, 6)
    _fail(client, "someone@example.com", 2)  # failed, not locked out
    page = admin_client.get("/django-admin/accounts/failedsignin/?locked=now").text
    assert reader.email in page
    assert "someone@example.com" not in page


def test_a_reader_may_not_see_the_list(client, editions, reader):
    client.force_login(reader)
    response = client.get("/django-admin/accounts/failedsignin/")
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_staff_lift_a_lockout_and_the_reader_signs_in(client, editions, reader, admin_client):
    _fail(client, reader.email, 6)
    locked = client.post(
        "/en/accounts/login/", {"login": reader.email, "password": "correct horse battery"}
    )
    assert "Too many failed login attempts" in locked.text
    ids = list(FailedSignIn.objects.filter(email=reader.email).values_list("pk", flat=True))
    admin_client.post(
        "/django-admin/accounts/failedsignin/",
        {"action": "lift", "_selected_action": ids},
    )
    assert not FailedSignIn.objects.refused().recent(300).filter(lifted_at=None).exists()
    signed_in = client.post(
        "/en/accounts/login/", {"login": reader.email, "password": "correct horse battery"}
    )
    assert signed_in.status_code == 302
