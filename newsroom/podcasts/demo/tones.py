"""Demo audio made on the spot: short tone sequences synthesised here, encoded to MP3.

Nothing is downloaded and nothing needs a system package: the samples are computed in
Python and encoded by lameenc (LAME in a pip wheel). Each "episode" is a chime, then a
run of notes whose rhythm loosely follows speech, then the chime again.
"""

import math
from array import array

import lameenc

SAMPLE_RATE = 22_050
BIT_RATE = 48  # kbit/s, mono: about 6 KB per second of audio
CHIME = (523.25, 659.25, 783.99)  # C5, E5, G5


def _tone(frequency: float, seconds: float, volume: float = 0.35) -> array:
    count = int(SAMPLE_RATE * seconds)
    fade = max(1, min(count // 2, int(SAMPLE_RATE * 0.02)))  # no clicks between notes
    samples = array("h")
    for i in range(count):
        envelope = min(1.0, i / fade, (count - i) / fade)
        value = math.sin(2 * math.pi * frequency * i / SAMPLE_RATE)
        samples.append(int(32767 * volume * envelope * value))
    return samples


def _silence(seconds: float) -> array:
    return array("h", bytes(2 * int(SAMPLE_RATE * seconds)))


def tone_sequence(seed: int, seconds: float) -> array:
    """Deterministic 16-bit mono samples, about `seconds` long."""
    samples = array("h")
    for frequency in CHIME:
        samples += _tone(frequency, 0.25)
    samples += _silence(0.3)
    base = 180.0 + 20 * seed
    step = 0
    while len(samples) < SAMPLE_RATE * (seconds - 1.3):
        step += 1
        # A slowly wandering pitch and syllable-like lengths, the same for a given seed.
        frequency = base * (1 + 0.25 * math.sin(step * 0.7 + seed) + 0.1 * math.sin(step * 2.3))
        samples += _tone(frequency, 0.12 + 0.08 * ((step * (seed + 3)) % 4), volume=0.25)
        samples += _silence(0.05 if step % 7 else 0.35)
    samples += _silence(0.3)
    for frequency in reversed(CHIME):
        samples += _tone(frequency, 0.25)
    return samples


def mp3(samples: array) -> bytes:
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(BIT_RATE)
    encoder.set_in_sample_rate(SAMPLE_RATE)
    encoder.set_channels(1)
    encoder.set_quality(7)  # fast; these are tones, not music
    return bytes(encoder.encode(samples.tobytes()) + encoder.flush())


def episode_audio(seed: int, seconds: float) -> bytes:
    return mp3(tone_sequence(seed, seconds))
