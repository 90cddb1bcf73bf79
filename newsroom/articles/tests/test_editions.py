"""Seven language editions: prefixes, the switcher, hreflang, lang and dir."""

import re

import pytest
from django.conf import settings
from django.utils import translation

from newsroom.articles.tests.factories import make_article, section

pytestmark = pytest.mark.django_db


def test_the_bare_address_redirects_to_an_edition(client, editions):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="es")
    assert response.status_code == 302 and response["Location"] == "/es/"


@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES])
def test_every_edition_has_a_front_page_in_its_language(client, editions, code):
    html = client.get(f"/{code}/").content.decode()
    direction = "rtl" if code == "ar" else "ltr"
    assert f'<html lang="{code}" dir="{direction}">' in html


def test_arabic_pages_are_right_to_left_with_arabic_interface(client, editions):
    story = make_article(section(language="ar"), title="افتتاح خط السكك الحديدية")
    html = client.get(story.url).content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "أخبار العالم" in html  # the section, in Arabic


def test_the_switcher_links_a_section_to_its_translations(client, editions):
    html = client.get("/en/business/").content.decode()
    switcher = html[html.index('class="editions"') :]
    switcher = switcher[: switcher.index("</details>")]
    for code, _name in settings.LANGUAGES:
        assert f'href="/{code}/business/" lang="{code}"' in switcher


def test_hreflang_alternates_name_every_translation(client, editions):
    html = client.get("/en/business/").content.decode()
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="(\w+)" href="([^"]+)"', html))
    assert set(alternates) == {code for code, _name in settings.LANGUAGES}
    assert alternates["ar"] == f"{settings.SITE_URL}/ar/business/"


def test_an_untranslated_article_switches_to_the_other_editions_front_page(client, editions):
    story = make_article(title="Only in English")
    html = client.get(story.url).content.decode()
    assert 'href="/fr/" lang="fr"' in html
    assert 'hreflang="fr"' not in re.sub(r"<details.*?</details>", "", html, flags=re.S)


def test_a_translated_article_links_to_its_translation(client, editions):
    story = make_article(title="Harbour reopens")
    spanish = story.copy_for_translation(section(language="es").locale, copy_parents=False)
    spanish.title = "Reabre el puerto"
    spanish.save_revision().publish()
    html = client.get(story.url).content.decode()
    assert f'hreflang="es" href="{settings.SITE_URL}{spanish.url}"' in html


@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES if code != "en"])
def test_the_interface_is_translated_in_every_edition(client, editions, code):
    for title in ("Lead", "Second"):  # the lead story leaves Top stories; the second stays
        make_article(section(language=code), title=title, is_top_story=True)
    with translation.override(code):
        heading = translation.gettext("Top stories")
        search = translation.gettext("Search")
    assert heading != "Top stories" and search != "Search", f"no {code} catalogue compiled"
    html = client.get(f"/{code}/").content.decode()
    assert heading in html and search in html
