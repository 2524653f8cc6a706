"""Slug bolt: emits each sentence with its URL slug.

The slug comes from python-slugify, a package no worker has installed: requirements.txt (next to
this script) names it, and shellgen:vendor put it into the jar's resources/site-packages/, which
storm-shellgen's runtime puts on sys.path.
"""
from slugify import slugify

import storm


class SlugBolt(storm.BasicBolt):
    def process(self, tup):
        sentence = tup.values[0]
        storm.emit([sentence, slugify(sentence)])


SlugBolt().run()
