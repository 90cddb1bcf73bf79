"""Template tags of the podcasts app: the player and the latest-episode block."""

from django import template
from django.utils.translation import get_language

from newsroom.podcasts.models import EpisodePage

register = template.Library()


@register.inclusion_tag("podcasts/includes/player.html")
def audio_player(episode: EpisodePage, heading_id: str = "") -> dict:
    return {"episode": episode, "audio": episode.audio, "heading_id": heading_id}


@register.inclusion_tag("podcasts/includes/latest_episode.html")
def latest_episode() -> dict:
    """The newest playable episode of the current edition, with its show and podcasts
    page (for "All podcasts"). Called inside fragments that are cached until the next
    publish, so this costs its queries once per publish, not once per page view."""
    episode = (
        EpisodePage.objects.published_in_language(get_language())
        .with_audio()
        .newest_first()
        .select_related("audio")
        .first()
    )
    if episode is None:
        return {"episode": None}
    show = episode.show
    return {"episode": episode, "show": show, "index": show.get_parent()}
