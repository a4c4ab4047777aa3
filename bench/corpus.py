#!/usr/bin/env python3
"""Builds the benchmark corpus from text the project ships.

The sources are tests/fixtures/**/*.txt, www/example.txt and docs/example.txt.
Each corpus file is a run of articles: a source article's first paragraph
(its headline) stays first and the rest of its paragraphs are shuffled, so
that the text repeats the project's sentences without repeating one article
verbatim. A fixed seed keeps the corpus the same from run to run.

    bench/corpus.py OUT_DIR

writes OUT_DIR/{1k,10k,100k,1m,10m}.txt (cut at a paragraph boundary at or
under the size), OUT_DIR/article.txt (about 1,000 words) and
OUT_DIR/corpus.json (sizes and word counts).
"""

import glob
import json
import os
import random
import sys

SIZES = [("1k", 1_000), ("10k", 10_000), ("100k", 100_000), ("1m", 1_000_000), ("10m", 10_000_000)]
ARTICLE_WORDS = 1_000
SEED = 20261129


def sources(root):
    paths = sorted(glob.glob(os.path.join(root, "tests/fixtures/**/*.txt"), recursive=True))
    paths += [os.path.join(root, "www/example.txt"), os.path.join(root, "docs/example.txt")]
    articles = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            paragraphs = [p.strip() for p in f.read().split("\n\n") if p.strip()]
        if paragraphs:
            articles.append(paragraphs)
    return articles


def stream(articles, rng):
    """Paragraphs of varied articles, forever."""
    while True:
        article = rng.choice(articles)
        body = article[1:]
        rng.shuffle(body)
        yield from [article[0], *body]


def build(articles, size, seed):
    rng = random.Random(seed)
    out, length = [], 0
    for paragraph in stream([list(a) for a in articles], rng):
        extra = len(paragraph.encode("utf-8")) + (2 if out else 0)
        if length + extra > size:
            break
        out.append(paragraph)
        length += extra
    return "\n\n".join(out) + "\n"


def article(articles, seed):
    rng = random.Random(seed)
    out, words = [], 0
    for paragraph in stream([list(a) for a in articles], rng):
        if words >= ARTICLE_WORDS:
            break
        out.append(paragraph)
        words += len(paragraph.split())
    return "\n\n".join(out) + "\n"


def main():
    out_dir = sys.argv[1]
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    articles = sources(root)
    os.makedirs(out_dir, exist_ok=True)
    meta = {}
    files = [(name, build(articles, size, SEED + i)) for i, (name, size) in enumerate(SIZES)]
    files.append(("article", article(articles, SEED - 1)))
    for name, text in files:
        with open(os.path.join(out_dir, f"{name}.txt"), "w", encoding="utf-8") as f:
            f.write(text)
        meta[name] = {"bytes": len(text.encode("utf-8")), "words": len(text.split())}
    with open(os.path.join(out_dir, "corpus.json"), "w") as f:
        json.dump(meta, f, indent=1)


if __name__ == "__main__":
    main()
