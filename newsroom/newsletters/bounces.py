"""Reading bounce reports from a mailbox: DSNs (RFC 3464), ARF complaints (RFC 5965) and
the "unsubscribe <token>" mails that List-Unsubscribe's mailto: asks clients to send."""

import mailbox
import re
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import collapse_rfc2231_value

from newsroom.newsletters.actions import do_suppress, do_unsubscribe
from newsroom.newsletters.signing import subscriber_id_from_unsubscribe_token


@dataclass
class Report:
    hard_bounces: int = 0
    soft_bounces: int = 0
    complaints: int = 0
    unsubscribes: int = 0
    not_understood: int = 0
    unsubscribed: int = 0  # subscriptions actually ended


def _address(value: str | None) -> str | None:
    if not value:
        return None
    # "rfc822; reader@example.com"
    match = re.search(r"([^\s;<>]+@[^\s;<>]+)", value)
    return match.group(1) if match else None


def _blocks(part: Message) -> list[Message]:
    """The header blocks of a report part: a list of messages when it is multipart."""
    payload = part.get_payload() if part.is_multipart() else []
    return [block for block in payload if isinstance(block, Message)]


def _dsn_recipients(message: EmailMessage) -> list[tuple[str, bool]]:
    """(address, permanent) for each failed recipient in a delivery-status report."""
    found = []
    for part in message.walk():
        if part.get_content_type() != "message/delivery-status":
            continue
        # The per-recipient fields come as a list of header blocks.
        for block in _blocks(part):
            action = (block.get("Action") or "").strip().lower()
            status = (block.get("Status") or "").strip()
            address = _address(block.get("Final-Recipient") or block.get("Original-Recipient"))
            if address and action == "failed":
                found.append((address, status.startswith("5")))
    return found


def _complaint_recipient(message: EmailMessage) -> str | None:
    for part in message.walk():
        if part.get_content_type() == "message/feedback-report":
            for block in _blocks(part):
                address = _address(block.get("Original-Rcpt-To"))
                if address:
                    return address
        if part.get_content_type() in ("message/rfc822", "text/rfc822-headers"):
            inner = part.get_payload()
            inner = inner[0] if isinstance(inner, list) and inner else inner
            if hasattr(inner, "get"):
                address = _address(inner.get("To"))
                if address:
                    return address
    return None


def handle_message(message: EmailMessage, report: Report) -> None:
    content_type = message.get_content_type()
    # An RFC 2231 encoded parameter comes as a (charset, language, value) tuple.
    report_type = collapse_rfc2231_value(message.get_param("report-type") or "").lower()
    subject = str(message.get("Subject") or "")
    if content_type == "multipart/report" and report_type == "delivery-status":
        for address, permanent in _dsn_recipients(message):
            if permanent:
                report.hard_bounces += 1
                report.unsubscribed += do_suppress(address, complaint=False)
            else:
                report.soft_bounces += 1  # the sending workers already retry these
        return
    if content_type == "multipart/report" and report_type == "feedback-report":
        complainant = _complaint_recipient(message)
        if complainant:
            report.complaints += 1
            report.unsubscribed += do_suppress(complainant, complaint=True)
            return
    match = re.match(r"\s*unsubscribe\s+(\S+)", subject, re.I)
    if match:
        subscriber_id = subscriber_id_from_unsubscribe_token(match.group(1))
        if subscriber_id is not None:
            report.unsubscribes += 1
            report.unsubscribed += int(do_unsubscribe(subscriber_id))
            return
    report.not_understood += 1


def read_mbox(path: str) -> Report:
    report = Report()
    parser = BytesParser(policy=policy.default)
    box = mailbox.mbox(path)
    for key in box.iterkeys():
        handle_message(parser.parsebytes(box.get_bytes(key)), report)
    return report
