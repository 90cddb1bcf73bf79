"""The seven language editions and the page tree that every installation starts from."""

from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from newsroom.articles.models import HomePage, SectionPage

# Section titles in every edition, keyed by the (shared) slug.
SECTIONS: dict[str, dict[str, str]] = {
    "world-news": {"en": "World News", "ar": "أخبار العالم", "es": "Mundo", "ru": "В мире", "de": "Welt", "fr": "Monde", "sr": "Свет"},
    "russia-former-soviet-union": {"en": "Russia & Former Soviet Union", "ar": "روسيا والاتحاد السوفيتي السابق", "es": "Rusia y antigua URSS", "ru": "Россия и бывший СССР", "de": "Russland & ehemalige Sowjetunion", "fr": "Russie & ex-URSS", "sr": "Русија и бивши СССР"},
    "business": {"en": "Business", "ar": "اقتصاد وأعمال", "es": "Economía", "ru": "Бизнес", "de": "Wirtschaft", "fr": "Économie", "sr": "Бизнис"},
    "india": {"en": "India", "ar": "الهند", "es": "India", "ru": "Индия", "de": "Indien", "fr": "Inde", "sr": "Индија"},
    "africa": {"en": "Africa", "ar": "أفريقيا", "es": "África", "ru": "Африка", "de": "Afrika", "fr": "Afrique", "sr": "Африка"},
    "features": {"en": "Features", "ar": "تقارير خاصة", "es": "Reportajes", "ru": "Репортажи", "de": "Reportagen", "fr": "Reportages", "sr": "Репортаже"},
    "analysis": {"en": "Analysis", "ar": "تحليلات", "es": "Análisis", "ru": "Аналитика", "de": "Analyse", "fr": "Analyses", "sr": "Анализе"},
    "opinion": {"en": "Opinion", "ar": "رأي", "es": "Opinión", "ru": "Мнения", "de": "Meinung", "fr": "Opinions", "sr": "Мишљења"},
    "entertainment": {"en": "Entertainment", "ar": "منوعات", "es": "Entretenimiento", "ru": "Развлечения", "de": "Unterhaltung", "fr": "Divertissement", "sr": "Забава"},
}  # fmt: skip

EDITORS = "Editors"
REPORTERS = "Reporters"

_PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page", "bulk_delete_page"],
    REPORTERS: ["add_page", "change_page"],
}  # fmt: skip
_MEDIA_PERMISSIONS = {
    EDITORS: ["add", "change", "choose", "delete"],
    REPORTERS: ["add", "change", "choose"],
}


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def edition_time_zone(language: str) -> ZoneInfo:
    """The edition's clock: EDITION_TIME_ZONES, else the newsroom's TIME_ZONE."""
    return ZoneInfo(settings.EDITION_TIME_ZONES.get(language, settings.TIME_ZONE))


@transaction.atomic
def ensure_editions() -> HomePage:
    """Create (or leave alone) the locales, one home page per edition and the sections.

    Safe to run any number of times: it only adds what is missing.
    """
    for code in language_codes():
        Locale.objects.get_or_create(language_code=code)
    english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    # Wagtail's migrations make the tree's root; a flushed database has none.
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=english, live=True)
    )
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")

    home = HomePage.objects.filter(locale=english, depth=2).first()
    if home is None:
        # Wagtail's installer leaves a placeholder welcome page (and a site on it) where
        # our home page belongs; both go, and the site is made again on the new home.
        Page.objects.filter(depth=2).not_type(HomePage).delete()
        home = HomePage(title=settings.WAGTAIL_SITE_NAME, slug="home", locale=english, live=False)
        root.add_child(instance=home)
        home.save_revision().publish()
    _ensure_site(home)

    for slug, titles in SECTIONS.items():
        section = SectionPage.objects.child_of(home).filter(slug=slug).first()
        if section is None:
            section = SectionPage(title=titles["en"], slug=slug, show_in_menus=True, live=False)
            home.add_child(instance=section)
            section.save_revision().publish()

    for locale in Locale.objects.exclude(pk=english.pk):
        _ensure_translated_edition(home, locale)
    return home


def _ensure_site(home: HomePage) -> None:
    """The default site answers on SITE_URL, so full URLs (canonical, feeds) use it."""
    public = urlsplit(settings.SITE_URL)
    default_port = 443 if public.scheme == "https" else 80
    wanted = {
        "hostname": public.hostname or "localhost",
        "port": public.port or default_port,
        "root_page": home,
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(is_default_site=True, **wanted)
    elif any(getattr(site, name) != value for name, value in wanted.items()):
        for name, value in wanted.items():
            setattr(site, name, value)
        site.save()


def _ensure_translated_edition(home: HomePage, locale: Locale) -> None:
    translated_home = home.get_translation_or_none(locale)
    if translated_home is None:
        translated_home = home.copy_for_translation(locale)
        translated_home.save_revision().publish()
    for section in SectionPage.objects.child_of(home):
        if section.get_translation_or_none(locale) is not None:
            continue
        translated = section.copy_for_translation(locale)
        title = SECTIONS.get(section.slug, {}).get(locale.language_code)
        if title:
            translated.title = title
            translated.draft_title = title
            translated.save()
        translated.save_revision().publish()


@transaction.atomic
def ensure_editorial_groups() -> None:
    """Editors publish; reporters write drafts and submit them for moderation."""
    _ensure_groups()
    _ensure_editorial_review()


def _ensure_editorial_review() -> None:
    """Drafts submitted by reporters go to the Editors group for approval."""
    root = Page.get_first_root_node()
    editors = Group.objects.get(name=EDITORS)
    workflow = root.get_workflow()
    if workflow is None:
        workflow = Workflow.objects.create(name="Editorial review")
        task = GroupApprovalTask.objects.create(name="Editors' approval")
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        WorkflowPage.objects.create(workflow=workflow, page=root)
    for task in workflow.tasks.specific():
        if isinstance(task, GroupApprovalTask):
            task.groups.add(editors)


def _ensure_groups() -> None:
    root = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    admin_access = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    for group_name, codenames in _PAGE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=group_name)
        group.permissions.add(admin_access)
        for codename in codenames:
            permission = Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            )
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
        for app_label in ("wagtailimages", "wagtaildocs"):
            model = "image" if app_label == "wagtailimages" else "document"
            for action in _MEDIA_PERMISSIONS[group_name]:
                permission = Permission.objects.get(
                    content_type__app_label=app_label, codename=f"{action}_{model}"
                )
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )
        for action in ("add", "change") if group_name == EDITORS else ("change",):
            group.permissions.add(
                Permission.objects.get(
                    content_type__app_label="articles", codename=f"{action}_author"
                )
            )
