"""Deterministic stand-in photographs for the demo, drawn with Pillow.

Each picture is a landscape of sky, sun, hills and a skyline whose colours and shapes
come from a seed, so the same story always gets the same picture.
"""

import hashlib
import io
import random

from PIL import Image, ImageDraw, ImageFilter

WIDTH, HEIGHT = 1600, 900

_PALETTES = [
    ((18, 52, 86), (240, 162, 2), (24, 90, 70)),
    ((70, 40, 90), (250, 120, 90), (40, 60, 80)),
    ((10, 80, 120), (255, 220, 120), (60, 110, 60)),
    ((90, 20, 30), (255, 180, 60), (70, 50, 40)),
    ((30, 30, 40), (200, 200, 230), (50, 60, 90)),
    ((0, 90, 100), (255, 240, 200), (20, 120, 110)),
]


def picture(seed: str) -> bytes:
    rng = random.Random(  # noqa: S311 - pictures, not secrets
        int(hashlib.sha256(seed.encode()).hexdigest()[:16], 16)
    )
    sky, sun, land = rng.choice(_PALETTES)
    image = Image.new("RGB", (WIDTH, HEIGHT))
    draw = ImageDraw.Draw(image)
    for y in range(HEIGHT):
        mix = y / HEIGHT
        colour = tuple(int(sky[i] * (1 - mix) + sun[i] * mix * 0.6) for i in range(3))
        draw.line([(0, y), (WIDTH, y)], fill=colour)
    sun_x, sun_y, radius = rng.randint(200, 1400), rng.randint(120, 380), rng.randint(60, 140)
    draw.ellipse([sun_x - radius, sun_y - radius, sun_x + radius, sun_y + radius], fill=sun)
    for layer in range(3):
        shade = tuple(max(0, c - 25 * layer) for c in land)
        base = 520 + layer * 110
        points = [(0, HEIGHT)]
        for x in range(0, WIDTH + 100, 100):
            points.append((x, base + rng.randint(-90, 60)))
        points.append((WIDTH, HEIGHT))
        draw.polygon(points, fill=shade)
    skyline_base = rng.randint(620, 760)
    x = rng.randint(0, 200)
    while x < WIDTH:
        width, height = rng.randint(30, 90), rng.randint(60, 300)
        draw.rectangle([x, skyline_base - height, x + width, HEIGHT], fill=(20, 22, 30))
        for wy in range(skyline_base - height + 10, skyline_base, 24):
            for wx in range(x + 6, x + width - 8, 16):
                if rng.random() < 0.35:
                    draw.rectangle([wx, wy, wx + 6, wy + 10], fill=(250, 220, 140))
        x += width + rng.randint(4, 60)
    image = image.filter(ImageFilter.GaussianBlur(0.8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=82, optimize=True)
    return buffer.getvalue()
