"""404 and 500 pages in the site's own look, and the health check."""

import pytest
from django.test import Client
from django.urls import path

from newsroom import urls as project_urls

pytestmark = pytest.mark.django_db


def test_a_missing_page_gets_the_sites_404(client, editions):
    response = client.get("/en/world-news/no-such-story/")
    html = response.content.decode()
    assert response.status_code == 404
    assert "Page not found" in html
    assert 'class="sections"' in html  # the full site shell, with navigation


def test_the_404_page_speaks_the_editions_language(client, editions):
    html = client.get("/ar/no-such-page/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html


def _broken_view(request):
    raise RuntimeError("boom")


urlpatterns = [path("boom/", _broken_view), *project_urls.urlpatterns]
handler500 = project_urls.handler500


def test_an_error_gets_the_sites_500_page_without_a_traceback(settings, editions):
    settings.ROOT_URLCONF = __name__
    settings.DEBUG = False
    response = Client(raise_request_exception=False).get("/boom/")
    html = response.content.decode()
    assert response.status_code == 500
    assert "Something went wrong" in html and "Meridian News" in html
    assert "RuntimeError" not in html and "boom" not in html


def test_the_health_check_answers_with_the_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
