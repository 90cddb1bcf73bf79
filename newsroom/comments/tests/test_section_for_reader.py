"""Signed-in readers whose browser runs the site's script are sent the shared cached
article page and fetch their own comment section (/comments/<id>/section/); without the
script they are served a page built for them. No reader's parts are ever shared."""

import pytest
from django.urls import reverse

from newsroom.articles.tests.factories import make_article
from newsroom.comments.tests.factories import make_comment
from newsroom.core.page_cache import PERSONALISES_COOKIE

pytestmark = pytest.mark.django_db


@pytest.fixture
def story(editions, other_reader):
    article = make_article(title="Harbour reopens")
    make_comment(article=article, author=other_reader, body="Good news for the fishermen")
    return article


def test_a_signed_in_browser_with_the_script_gets_the_shared_page(client, story, reader):
    client.get(story.url)  # an anonymous reader fills the cache
    client.force_login(reader)
    client.cookies[PERSONALISES_COOKIE] = "1"
    response = client.get(story.url)
    assert response["X-Page-Cache"] == "hit"
    page = response.content.decode()
    assert "data-signed-in" not in page and 'name="csrfmiddlewaretoken"' not in page


def test_its_own_section_comes_from_one_private_request(client, story, reader):
    client.force_login(reader)
    client.cookies[PERSONALISES_COOKIE] = "1"
    response = client.get(reverse("comments:section", args=[story.pk]))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    section = response.content.decode()
    assert 'data-signed-in="1"' in section and 'class="comment-form"' in section
    assert "vote-form" in section and 'id="account-link-for-reader"' in section
    assert "<script" not in section


def test_without_the_script_a_signed_in_reader_gets_a_page_built_for_them(client, story, reader):
    client.get(story.url)
    client.force_login(reader)
    response = client.get(story.url)
    assert "X-Page-Cache" not in response
    assert 'data-signed-in="1"' in response.content.decode()


def test_a_page_built_for_a_reader_is_never_kept_for_others(client, story, reader):
    client.force_login(reader)
    client.cookies[PERSONALISES_COOKIE] = "1"
    client.get(story.url)  # a miss: built for this reader, and not stored
    client.logout()
    client.cookies.pop(PERSONALISES_COOKIE, None)
    anonymous = client.get(story.url)
    assert anonymous["X-Page-Cache"] == "miss"
    assert "data-signed-in" not in anonymous.content.decode()


def test_the_cookie_never_opens_shared_copies_of_other_pages(client, story, reader):
    thread = reverse("comments:thread", args=[story.pk])
    client.get(thread, headers={"HX-Request": "true"})  # the anonymous fragment is kept
    client.force_login(reader)
    client.cookies[PERSONALISES_COOKIE] = "1"
    response = client.get(thread, headers={"HX-Request": "true"})
    assert "X-Page-Cache" not in response and "vote-form" in response.content.decode()


def test_a_signed_out_browser_asking_for_its_section_gets_the_public_one(client, story):
    section = client.get(reverse("comments:section", args=[story.pk])).content.decode()
    assert "data-signed-in" not in section and "register" in section
