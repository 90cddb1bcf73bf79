"""Importing a schedule from CSV or XMLTV: good rows kept, bad rows reported with their
line, hostile XML refused, local times placed on the edition's clock across DST."""

from datetime import UTC, datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from newsroom.schedule.importing import BadFile, import_schedule
from newsroom.schedule.models import Broadcast

pytestmark = pytest.mark.django_db

XMLTV = b"""<?xml version="1.0" encoding="UTF-8"?>
<tv generator-info-name="listings">
  <channel id="meridian.en"><display-name>Meridian</display-name></channel>
  <programme start="20260329003000 +0000" stop="20260329013000 +0000" channel="meridian.en">
    <title lang="en">Night bulletin</title>
    <title lang="fr">Journal de nuit</title>
    <desc lang="en">The news, overnight.</desc>
  </programme>
  <programme start="20260329023000 +0100" stop="20260329030000 +0100" channel="meridian.en">
    <title lang="en">After the change</title>
  </programme>
  <programme start="yesterday" stop="20260329040000 +0100" channel="meridian.en">
    <title lang="en">Bad start</title>
  </programme>
  <programme start="20260329050000 +0100" stop="20260329043000 +0100" channel="meridian.en">
    <title lang="en">Ends before it starts</title>
  </programme>
  <programme start="20260329060000 +0100" stop="20260329070000 +0100" channel="meridian.en">
    <desc>No title at all</desc>
  </programme>
</tv>
"""


def _utc(*parts) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def test_xmltv_keeps_good_programmes_and_names_each_bad_rows_line(editions):
    result = import_schedule(XMLTV, "xmltv", "en")

    assert result.imported == 2
    assert result.errors == [
        "line 12: “yesterday” is not an XMLTV time like 20260329013000 +0100",
        "line 15: the programme ends before it starts",
        "line 18: the programme has no title",
    ]
    night, after = Broadcast.objects.order_by("starts_at")
    assert (night.title, night.description) == ("Night bulletin", "The news, overnight.")
    assert (night.starts_at, night.ends_at) == (_utc(2026, 3, 29, 0, 30), _utc(2026, 3, 29, 1, 30))
    assert after.starts_at == _utc(2026, 3, 29, 1, 30)  # 02:30 +0100


def test_importing_twice_replaces_rather_than_repeats(editions):
    import_schedule(XMLTV, "xmltv", "en")
    import_schedule(XMLTV.replace(b"Night bulletin", b"Night news"), "xmltv", "en")
    assert Broadcast.objects.count() == 2
    assert Broadcast.objects.filter(title="Night news").exists()


def test_hostile_xml_is_refused_whole(editions):
    laughs = b"""<?xml version="1.0"?><!DOCTYPE tv [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;">]>
<tv><programme start="20260329003000" stop="20260329013000"><title>&b;</title></programme></tv>"""
    with pytest.raises(BadFile, match="refused"):
        import_schedule(laughs, "xmltv", "en")
    with pytest.raises(BadFile, match="line 2: the file is not well-formed XML"):
        import_schedule(b"<tv>\n<programme></tv>", "xmltv", "en")
    assert not Broadcast.objects.exists()


def test_csv_times_are_the_editions_clock_across_daylight_saving(editions, settings):
    settings.EDITION_TIME_ZONES = {"en": "Europe/London"}
    content = (
        b"start,end,title,description\n"
        b"2026-03-29 00:30,,Night bulletin,Overnight news\n"
        b"2026-03-29 01:30,2026-03-29 02:15,In the skipped hour,\n"
        b"2026-03-29 02:30,2026-03-29 03:00,After the change,\n"
        b"2026-10-25 01:30,2026-10-25 01:50,The repeated hour,\n"
        b"soon,,No real time,\n"
        b"2026-10-26 09:00,2026-10-26T10:00+00:00,,\n"
        b"2026-10-26 12:00,,Last without an end,\n"
    )

    result = import_schedule(content, "csv", "en")

    assert result.errors == [
        "line 3: 2026-03-29 01:30 does not exist in Europe/London (the clocks go forward)",
        "line 6: “soon” is not a time like 2026-03-29 01:30",
        "line 7: the title is empty",
        "line 8: no end time, and no programme after it",
    ]
    night, after, repeated = Broadcast.objects.order_by("starts_at")
    assert night.starts_at == _utc(2026, 3, 29, 0, 30)  # GMT
    assert night.ends_at == after.starts_at == _utc(2026, 3, 29, 1, 30)  # 02:30 BST
    assert repeated.starts_at == _utc(2026, 10, 25, 0, 30)  # the first 01:30, still BST


def test_a_csv_without_the_header_is_refused(editions):
    with pytest.raises(BadFile, match="header"):
        import_schedule(b"2026-03-29 00:30,,News,\n", "csv", "en")


def test_editors_import_in_the_admin_and_see_the_bad_rows(admin_client, editions):
    response = admin_client.post(
        reverse("schedule-import"),
        {"edition": "en", "file_format": "xmltv", "file": SimpleUploadedFile("listing.xml", XMLTV)},
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "2 programmes imported." in html
    assert "line 15: the programme ends before it starts" in html
    assert Broadcast.objects.count() == 2


def test_readers_may_not_import(client, reader, editions):
    client.force_login(reader)
    response = client.post(
        reverse("schedule-import"),
        {"edition": "en", "file_format": "xmltv", "file": SimpleUploadedFile("listing.xml", XMLTV)},
    )
    assert response.status_code in (302, 403)
    assert not Broadcast.objects.exists()


def test_the_command_imports_and_lists_refused_rows(editions, tmp_path, capsys):
    listing = tmp_path / "listing.xml"
    listing.write_bytes(XMLTV)

    call_command("import_schedule", str(listing), "--edition", "en")

    out, err = capsys.readouterr()
    assert "2 programmes imported, 3 rows refused." in out
    assert "line 18: the programme has no title" in err
    with pytest.raises(CommandError, match="no xx edition"):
        call_command("import_schedule", str(listing), "--edition", "xx")
