"""Slug bolt: emits each sentence with its URL slug.

The slug comes from python-slugify, a package no worker has installed: requirements.txt (next to
this script) names it, and shellgen:vendor put it into the jar's resources/site-packages/, which
storm-shellgen's runtime puts on sys.path.

It may also load for slugs.load.secs seconds (from the topology's configuration; default 0) before
it serves, as a bolt loading a model does: the real-cluster test sets 45, longer than the
heartbeat timeout, to show that a slow start is a start.
"""
import time

from slugify import slugify

import storm


class SlugBolt(storm.BasicBolt):
    def initialize(self, conf, context):
        time.sleep(float(conf.get("slugs.load.secs", 0)))

    def process(self, tup):
        sentence = tup.values[0]
        storm.emit([sentence, slugify(sentence)])


SlugBolt().run()
