"""manage.py read_bounces: DSN hard bounces, ARF complaints and mailto: unsubscribes."""

import mailbox
from email.message import EmailMessage
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from urllib.parse import unquote

import pytest
from django.core.management import CommandError, call_command

from newsroom.newsletters.models import Subscriber
from newsroom.newsletters.signing import unsubscribe_token
from newsroom.newsletters.tests.factories import make_subscriber

pytestmark = pytest.mark.django_db


def _dsn(address: str, status: str):
    report = MIMEMultipart("report", report_type="delivery-status")
    report.attach(MIMEText(f"Delivery to {address} failed."))
    fields = EmailMessage()
    fields["Final-Recipient"] = f"rfc822; {address}"
    fields["Action"] = "failed"
    fields["Status"] = status
    per_message = EmailMessage()
    per_message["Reporting-MTA"] = "dns; mx.example.net"
    status_part = MIMEMessage(per_message, "delivery-status")
    status_part.set_payload([per_message, fields])
    report.attach(status_part)
    report["Subject"] = "Undelivered Mail Returned to Sender"
    return report


def _arf(address: str):
    report = MIMEMultipart("report", report_type="feedback-report")
    report.attach(MIMEText("This is an abuse report."))
    feedback = EmailMessage()
    feedback["Feedback-Type"] = "abuse"
    feedback["Original-Rcpt-To"] = address
    part = MIMEMessage(feedback, "feedback-report")
    part.set_payload([feedback])
    report.attach(part)
    original = EmailMessage()
    original["To"] = address
    original["Subject"] = "Meridian News: the top stories"
    report.attach(MIMEMessage(original))
    return report


def _unsubscribe_mail(subscriber):
    mail = EmailMessage()
    mail["Subject"] = unquote("unsubscribe%20" + unsubscribe_token(subscriber.pk))
    mail.set_content("")
    return mail


def test_it_unsubscribes_hard_bounces_complaints_and_mailto_requests(editions, tmp_path, capsys):
    make_subscriber("dead@example.com")
    make_subscriber("full@example.com")
    make_subscriber("angry@example.com")
    quitting = make_subscriber("quitting@example.com")
    box_path = tmp_path / "bounces.mbox"
    box = mailbox.mbox(str(box_path))
    for message in (
        _dsn("dead@example.com", "5.1.1"),
        _dsn("full@example.com", "4.2.2"),
        _arf("angry@example.com"),
        _unsubscribe_mail(quitting),
        MIMEText("Out of office"),
    ):
        box.add(message)
    box.flush()
    call_command("read_bounces", str(box_path))
    statuses = dict(Subscriber.objects.values_list("email", "status"))
    assert statuses == {
        "dead@example.com": "bounced",
        "full@example.com": "subscribed",
        "angry@example.com": "complained",
        "quitting@example.com": "unsubscribed",
    }
    out = capsys.readouterr().out
    assert "1 hard bounces, 1 soft bounces (ignored), 1 complaints" in out
    assert "1 not understood; 3 subscriptions ended" in out
    call_command("read_bounces", str(box_path))  # safe to run twice
    assert "0 subscriptions ended" in capsys.readouterr().out


def test_a_missing_file_is_a_clear_error(editions, tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        call_command("read_bounces", str(tmp_path / "nope.mbox"))
