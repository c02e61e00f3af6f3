#!/usr/bin/env python3
"""Draws the Ampcard Station icon (a prepaid card with a contact chip and a bolt) as the SVG and
the hicolor PNG sizes, from one list of shapes in a 256-unit square. Run it after changing a shape:
    python3 packaging/icons/make-icons.py packaging/icons
"""
import struct
import sys
import zlib
from pathlib import Path

# (fill RGBA, kind, geometry) in drawing order; kind "round" is x, y, w, h, radius.
SHAPES = [
    ((0x1F, 0x4E, 0x8C, 255), "round", (16, 48, 224, 160, 20)),
    ((0xE8, 0xB9, 0x3C, 255), "round", (40, 84, 52, 40, 6)),
    ((0xFF, 0xFF, 0xFF, 90), "round", (40, 164, 120, 12, 6)),
    ((0xFF, 0xD6, 0x2E, 255), "poly",
     [(170, 60), (128, 134), (160, 134), (140, 196), (206, 110), (172, 110), (196, 60)]),
]


def inside_round(x, y, g):
    rx, ry, w, h, r = g
    if not (rx <= x <= rx + w and ry <= y <= ry + h):
        return False
    cx = min(max(x, rx + r), rx + w - r)
    cy = min(max(y, ry + r), ry + h - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def inside_poly(x, y, points):
    inside = False
    j = len(points) - 1
    for i, (xi, yi) in enumerate(points):
        xj, yj = points[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def render(size, samples=4):
    rows = []
    scale = 256 / size
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            acc = [0.0, 0.0, 0.0, 0.0]
            for sy in range(samples):
                for sx in range(samples):
                    x = (px + (sx + 0.5) / samples) * scale
                    y = (py + (sy + 0.5) / samples) * scale
                    colour = (0, 0, 0, 0)
                    for fill, kind, geometry in SHAPES:
                        hit = inside_round(x, y, geometry) if kind == "round" else inside_poly(x, y, geometry)
                        if hit:
                            a = fill[3] / 255
                            colour = tuple(fill[k] * a + colour[k] * (1 - a) for k in range(3)) + (
                                255 * a + colour[3] * (1 - a),)
                    for k in range(4):
                        acc[k] += colour[k]
            n = samples * samples
            row += bytes(min(255, round(v / n)) for v in acc)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def svg():
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">']
    for fill, kind, g in SHAPES:
        colour = "#%02x%02x%02x" % fill[:3]
        opacity = "" if fill[3] == 255 else ' fill-opacity="%.2f"' % (fill[3] / 255)
        if kind == "round":
            parts.append('<rect x="%d" y="%d" width="%d" height="%d" rx="%d" fill="%s"%s/>' % (*g, colour, opacity))
        else:
            points = " ".join("%d,%d" % p for p in g)
            parts.append('<polygon points="%s" fill="%s"%s/>' % (points, colour, opacity))
    parts.append("</svg>\n")
    return "\n".join(parts)


out = Path(sys.argv[1])
(out / "org.ampcard.Station.svg").write_text(svg())
for size in (48, 64, 128, 256):
    (out / f"org.ampcard.Station-{size}.png").write_bytes(render(size))
