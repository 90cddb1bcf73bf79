"""The site shell's one table: the shared counts of the rate limiter (core/ratelimit.py)."""

from django.db import models


class RateCounter(models.Model):
    """How often one key has been seen in its current window, for every web process."""

    # sha256 of the rate's scope and the key: no address or email is stored as such.
    bucket = models.CharField(max_length=64, primary_key=True)
    count = models.PositiveIntegerField(default=0)
    # Unix time at which the window ends and the count starts again.
    expires_at = models.FloatField(db_index=True)

    class Meta:
        verbose_name = "rate-limit counter"

    def __str__(self) -> str:
        return f"{self.bucket[:12]}…: {self.count}"
