"""Long-running commands stop cleanly on SIGTERM (service managers) and SIGINT (Ctrl-C)."""

import signal
import threading


def stop_requested_on_signals() -> threading.Event:
    """An event that is set when the process is asked to stop."""
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_args: stop.set())
    return stop
