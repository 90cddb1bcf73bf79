"""The background task that probes and transcodes an uploaded video."""

import logging
import shutil
import time
from pathlib import Path

from django.db import transaction
from django_tasks import task

from newsroom.video.models import Video, VideoStatus, outputs_root
from newsroom.video.probe import NotVideo, probe
from newsroom.video.transcode import TranscodeFailed, transcode

logger = logging.getLogger(__name__)
PROGRESS_EVERY_SECONDS = 1.0


@task()
def transcode_video(video_id: int) -> str:
    video = Video.objects.filter(pk=video_id).first()
    if video is None:
        return "gone"
    source_name = video.file.name
    Video.objects.filter(pk=video.pk).update(status=VideoStatus.PROCESSING, progress=0, error="")
    version = video.new_version()
    root = outputs_root()
    root.mkdir(parents=True, exist_ok=True)
    # A hidden sibling of the final directory: same file system, so the move is atomic.
    building = root / f".building-{version}"
    building.mkdir()
    last_report = [0.0]

    def report(fraction: float) -> None:
        now = time.monotonic()
        if now - last_report[0] >= PROGRESS_EVERY_SECONDS:
            last_report[0] = now
            Video.objects.filter(pk=video.pk).update(progress=min(99, int(fraction * 100)))

    try:
        source = Path(video.file.path)
        facts = probe(source)
        output = transcode(source, facts, building, video.output_prefix(version), report)
    except (NotVideo, TranscodeFailed, OSError) as error:
        shutil.rmtree(building, ignore_errors=True)
        logger.warning("video %s could not be transcoded: %s", video.pk, error)
        Video.objects.filter(pk=video.pk).update(status=VideoStatus.FAILED, error=str(error))
        return "failed"
    with transaction.atomic():
        current = Video.objects.select_for_update().filter(pk=video.pk).first()
        if current is None or current.file.name != source_name:
            # Deleted, or replaced by a newer file whose own task is queued: drop this.
            shutil.rmtree(building, ignore_errors=True)
            return "superseded"
        building.rename(root / version)
        current.status = VideoStatus.READY
        current.progress = 100
        current.error = ""
        current.version = version
        current.duration_seconds = facts.duration_seconds
        current.width, current.height = facts.width, facts.height
        current.renditions = output.rungs
        current.save(
            update_fields=[
                "status", "progress", "error", "version", "duration_seconds", "width",
                "height", "renditions",
            ]
        )  # fmt: skip
        transaction.on_commit(lambda: current.remove_outputs_except(version))
    return "ready"
