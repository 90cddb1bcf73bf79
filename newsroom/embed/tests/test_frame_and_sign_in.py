"""The embed's server side: who may frame it (CSP frame-ancestors from
EMBED_ALLOWED_ORIGINS, every other page still unframeable), the script, the sign-in
window's one-time code and the frame's own partitioned cookie."""

import pytest
from django.core.cache import cache

from newsroom.api.auth import EMBED_COOKIE
from newsroom.api.models import PersonalToken
from newsroom.articles.tests.factories import make_article

pytestmark = pytest.mark.django_db

BLOG = "https://blog.example.org"


@pytest.fixture(autouse=True)
def allowed_blog(settings):
    settings.EMBED_ALLOWED_ORIGINS = [BLOG]


def test_the_frame_may_be_framed_by_allowed_sites_only(client, editions):
    article = make_article()
    response = client.get("/embed/comments/", {"article": article.pk, "origin": BLOG})
    assert response.status_code == 200
    assert f"frame-ancestors 'self' {BLOG}" in response["Content-Security-Policy"]
    assert "X-Frame-Options" not in response
    assert f'data-parent-origin="{BLOG}"' in response.content.decode()
    article_page = client.get(article.url)
    assert "frame-ancestors 'none'" in article_page["Content-Security-Policy"]
    assert article_page["X-Frame-Options"] == "DENY"


def test_a_site_not_listed_gets_no_frame(client, editions):
    article = make_article()
    for origin in ("https://evil.example", "", "javascript:alert(1)", "https://blog.example.org/x"):
        response = client.get("/embed/comments/", {"article": article.pk, "origin": origin})
        assert response.status_code == 403


def test_an_unknown_article_is_a_404(client, editions):
    for article in ("999999", "x", "0"):
        response = client.get("/embed/comments/", {"article": article, "origin": BLOG})
        assert response.status_code == 404


def test_the_script_is_served_for_other_sites_to_include(client):
    response = client.get("/embed.js")
    assert response.status_code == 200 and response["Content-Type"] == "text/javascript"
    assert b"newsroom:height" in response.content


def test_the_sign_in_window_sends_a_signed_out_reader_to_sign_in(client, editions):
    response = client.get("/embed/sign-in/", {"origin": BLOG})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    login = client.get(response["Location"])
    # Linked to the frame that opened it, despite the site's same-origin COOP.
    assert login["Cross-Origin-Opener-Policy"] == "unsafe-none"
    assert client.get("/en/")["Cross-Origin-Opener-Policy"] == "same-origin"


def _handoff_code(client, reader) -> str:
    client.force_login(reader)
    page = client.get("/embed/sign-in/", {"origin": BLOG})
    assert page.status_code == 200 and page["Cross-Origin-Opener-Policy"] == "unsafe-none"
    return page.context["code"]


def _trade(client, code, origin=BLOG, storage_access=False, header=True):
    response = client.post(
        "/embed/session/",
        {"code": code, "origin": origin, "storage_access": storage_access},
        content_type="application/json",
        headers={"X-Newsroom-Embed": "1"} if header else {},
    )
    # The test client keeps only cookies set through response.cookies; a browser reads
    # the header itself (it carries `Partitioned`, which Python's cookies cannot).
    if response.has_header("Set-Cookie"):
        name, _eq, rest = response["Set-Cookie"].partition("=")
        client.cookies[name] = rest.split(";", 1)[0]
    return response


def test_the_code_becomes_a_partitioned_cookie_once(client, editions, reader):
    from django.test import Client

    code = _handoff_code(client, reader)
    frame = Client()  # the frame: no session of the site
    response = _trade(frame, code)
    assert response.status_code == 200
    cookie = response["Set-Cookie"]
    assert cookie.startswith(f"{EMBED_COOKIE}=nrt_")
    for part in ("HttpOnly", "Secure", "SameSite=None", "Partitioned"):
        assert part in cookie
    token = PersonalToken.objects.get(kind="embed")
    assert token.user == reader and token.scopes == ["read", "write"]
    assert BLOG in token.name and token.expires_at is not None
    again = _trade(Client(), code)
    assert again.status_code == 400 and "expired" in again.json()["detail"]


def test_with_storage_access_the_cookie_is_not_partitioned(client, editions, reader):
    from django.test import Client

    response = _trade(Client(), _handoff_code(client, reader), storage_access=True)
    assert "Partitioned" not in response["Set-Cookie"]


def test_a_code_for_one_site_does_not_work_for_another(client, editions, reader, settings):
    from django.test import Client

    settings.EMBED_ALLOWED_ORIGINS = [BLOG, "https://other.example"]
    code = _handoff_code(client, reader)
    refused = _trade(Client(), code, origin="https://other.example")
    assert refused.status_code == 400 and not PersonalToken.objects.exists()


def test_only_the_frames_script_trades_codes(client, editions, reader):
    from django.test import Client

    code = _handoff_code(client, reader)
    assert _trade(Client(), code, header=False).status_code == 403
    assert cache.get(f"embed-handoff:{code}") is not None  # not used up
    assert not PersonalToken.objects.exists()


def test_the_frames_cookie_works_with_its_header_only(client, editions, reader):
    from django.test import Client

    frame = Client()
    _trade(frame, _handoff_code(client, reader))
    assert frame.get("/api/me", headers={"X-Newsroom-Embed": "1"}).status_code == 200
    # Another site's form or script cannot add the header: the cookie alone is nothing.
    assert frame.get("/api/me").status_code == 401
    article = make_article()
    forged = frame.post(
        f"/api/articles/{article.pk}/comments",
        '{"body": "Forged"}',
        content_type="application/json",
    )
    assert forged.status_code == 401


def test_signing_the_frame_out_revokes_its_token(client, editions, reader):
    from django.test import Client

    frame = Client()
    _trade(frame, _handoff_code(client, reader))
    out = frame.delete("/embed/session/", headers={"X-Newsroom-Embed": "1"})
    assert out.status_code == 200 and "Max-Age=0" in out["Set-Cookie"]
    assert PersonalToken.objects.get().revoked_at is not None


@pytest.mark.parametrize("value", ["blog.example.org", "https://blog.example.org/path", "ftp://x"])
def test_a_setting_that_is_not_a_list_of_origins_stops_start_up(monkeypatch, value):
    from django.core.exceptions import ImproperlyConfigured

    from newsroom.environment import env_origins

    monkeypatch.setenv("NEWSROOM_TEST_ORIGINS", value)
    with pytest.raises(ImproperlyConfigured, match="NEWSROOM_TEST_ORIGINS"):
        env_origins("NEWSROOM_TEST_ORIGINS")


def test_origins_are_read_lower_cased(monkeypatch):
    from newsroom.environment import env_origins

    monkeypatch.setenv("NEWSROOM_TEST_ORIGINS", "https://Blog.Example.org, http://127.0.0.1:8080/")
    assert env_origins("NEWSROOM_TEST_ORIGINS") == [
        "https://blog.example.org",
        "http://127.0.0.1:8080",
    ]
