"""The frame speaks its thread's language — the article's edition, or the language a
page of another site gave its thread — in all seven, whatever the reader's browser asks."""

import pytest
from django.utils import translation

from newsroom.articles.tests.factories import make_article, section
from newsroom.comments.tests.factories import make_comment

pytestmark = pytest.mark.django_db

BLOG = "https://blog.example.org"
OTHER_LANGUAGES = ["ar", "es", "ru", "de", "fr", "sr"]
# What the frame says itself (in the page and in what its script shows), in English.
FRAME_STRINGS = [
    "Sign in to comment",
    "Your comment here",
    "Post comment",
    "Post reply",
    "Vote up",
    "Awaiting moderation:",
    "Something went wrong; your text is kept. Please try again.",
]


@pytest.fixture(autouse=True)
def allowed_blog(settings):
    settings.EMBED_ALLOWED_ORIGINS = [BLOG]


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_an_articles_frame_speaks_its_editions_language(client, editions, reader, language):
    article = make_article(section(language=language))
    make_comment(article, reader, "Un commentaire.")
    response = client.get(
        "/embed/comments/",
        {"article": article.pk, "origin": BLOG},
        headers={"accept-language": "en"},
    )
    page = response.content.decode()
    assert f'<html lang="{language}"' in page and response["Content-Language"] == language
    assert ('dir="rtl"' in page) == (language == "ar")
    with translation.override(language):
        for english in FRAME_STRINGS:
            translated = translation.gettext(english)
            assert translated != english, (language, english)
            assert english not in page and translated.replace("'", "&#x27;") in page


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_a_page_of_another_site_gets_its_own_language(client, editions, language):
    page = client.get(
        "/embed/comments/",
        {"url": f"{BLOG}/{language}/post", "lang": language, "origin": BLOG},
        headers={"accept-language": "en"},
    ).content.decode()
    assert f'<html lang="{language}"' in page
    with translation.override(language):
        assert translation.gettext("Sign in to comment") in page
