"""Pictures for the demo drawn with Pillow, so nothing is downloaded: a landscape per kind."""

import io
import math
import random

from PIL import Image, ImageDraw

SIZE = (1200, 750)

PALETTES = {
    "urban": [("#f6d7a7", "#e07a5f"), ("#c44536", "#772e25"), ("#283d3b", "#197278")],
    "rural": [("#cfe8ef", "#f4e4ba"), ("#6a994e", "#386641"), ("#a7c957", "#bc4749")],
    "maritime": [("#bde0fe", "#ffffff"), ("#0077b6", "#023e8a"), ("#f4a261", "#e76f51")],
}


def vertical_gradient(draw, box, top, bottom):
    left, upper, right, lower = box
    top_rgb, bottom_rgb = _rgb(top), _rgb(bottom)
    height = max(lower - upper, 1)
    for offset in range(height):
        ratio = offset / height
        colour = tuple(
            round(a + (b - a) * ratio) for a, b in zip(top_rgb, bottom_rgb, strict=True)
        )
        draw.line([(left, upper + offset), (right, upper + offset)], fill=colour)


def _rgb(hex_colour):
    hex_colour = hex_colour.lstrip("#")
    return tuple(int(hex_colour[i : i + 2], 16) for i in (0, 2, 4))


def draw_urban(draw, rng, palette):
    width, height = SIZE
    x = 0
    while x < width:
        building_width = rng.randint(90, 180)
        top = rng.randint(180, 420)
        colour = rng.choice(palette[1] + palette[2])
        draw.rectangle([x, top, x + building_width, height], fill=colour)
        for wy in range(top + 25, height - 40, 55):
            for wx in range(x + 18, x + building_width - 25, 40):
                lit = rng.random() < 0.45
                draw.rectangle([wx, wy, wx + 18, wy + 28], fill="#ffd166" if lit else "#1b1b1e")
        x += building_width + rng.randint(4, 16)


def draw_rural(draw, rng, palette):
    width, height = SIZE
    draw.ellipse([880, 90, 1010, 220], fill="#ffd166")
    for layer, base in enumerate((420, 520, 620)):
        colour = palette[1][layer % 2] if layer < 2 else palette[2][0]
        amplitude, phase = rng.randint(30, 80), rng.random() * 6
        points = [(0, height)]
        for x in range(0, width + 40, 40):
            y = base + amplitude * math.sin(x / 170 + phase)
            points.append((x, y))
        points.append((width, height))
        draw.polygon(points, fill=colour)


def draw_maritime(draw, rng, palette):
    width, height = SIZE
    horizon = 430
    draw.ellipse([160, 110, 280, 230], fill="#ffd166")
    vertical_gradient(draw, (0, horizon, width, height), palette[1][0], palette[1][1])
    for y in range(horizon + 30, height, 38):
        for x in range(rng.randint(-60, 0), width, 120):
            draw.arc([x, y, x + 80, y + 20], 200, 340, fill="#ffffff", width=3)
    hull_x = rng.randint(500, 800)
    draw.polygon(
        [
            (hull_x, horizon + 60),
            (hull_x + 200, horizon + 60),
            (hull_x + 160, horizon + 110),
            (hull_x + 40, horizon + 110),
        ],
        fill=palette[2][1],
    )
    draw.polygon(
        [
            (hull_x + 100, horizon - 120),
            (hull_x + 100, horizon + 50),
            (hull_x + 190, horizon + 50),
        ],
        fill="#fefae0",
    )


def draw_people(draw, rng, palette):
    height = SIZE[1]
    for index in range(5):
        x = 140 + index * 210 + rng.randint(-20, 20)
        colour = rng.choice(palette[1] + palette[2])
        draw.ellipse([x, 300, x + 90, 390], fill="#8d5524" if index % 2 else "#f1c27d")
        draw.rounded_rectangle([x - 30, 400, x + 120, height], radius=50, fill=colour)


SCENES = {"urban": draw_urban, "rural": draw_rural, "maritime": draw_maritime}


def demo_picture(kind, variant, seed):
    """A JPEG of a landscape of `kind` ("urban", "rural", "maritime"), as bytes."""
    rng = random.Random(seed)
    palette = PALETTES[kind]
    picture = Image.new("RGB", SIZE)
    draw = ImageDraw.Draw(picture)
    vertical_gradient(draw, (0, 0, *SIZE), *palette[0])
    if variant == "people":
        draw_people(draw, rng, palette)
    else:
        SCENES[kind](draw, rng, palette)
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=82)
    return buffer.getvalue()
