"""The log's two formats: plain text (the default), or one JSON object a line with
LOG_FORMAT=json, for a log collector. Every line carries the request id of the request
it was written in (empty outside a request). Used by settings.LOGGING and, for
granian's own lines, by `manage.py serve`; imports nothing of Django."""

import json
import logging
from datetime import UTC, datetime
from typing import Any

from newsroom.operations.request_context import current_request_id

# Attributes every LogRecord has; anything else was passed in `extra=` and is kept.
_STANDARD = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime", "request_id"}


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if not getattr(record, "request_id", ""):
            record.request_id = current_request_id.get()
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", "") or current_request_id.get(),
            "process": record.process,
        }
        for name, value in record.__dict__.items():
            if name not in _STANDARD and not name.startswith("_"):
                line[name] = value
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            line["stack"] = self.formatStack(record.stack_info)
        return json.dumps(line, default=str, ensure_ascii=False)


FORMATTERS = {
    "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
    "json": {"()": "newsroom.operations.logs.JsonFormatter"},
}


def logging_config(log_format: str, level: str) -> dict[str, Any]:
    """settings.LOGGING: everything to standard error in the chosen format."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": "newsroom.operations.logs.RequestIdFilter"}},
        "formatters": {"chosen": FORMATTERS[log_format]},
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "formatter": "chosen",
                "filters": ["request_id"],
            }
        },
        "root": {"handlers": ["console"], "level": level},
    }


def granian_logging_config(log_format: str) -> dict[str, Any]:
    """granian's own loggers (start-up, workers) in the same format, for --log-config."""
    config = logging_config(log_format, "INFO")
    config["loggers"] = {
        "_granian": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "granian.access": {"handlers": ["console"], "level": "INFO", "propagate": False},
    }
    return config
