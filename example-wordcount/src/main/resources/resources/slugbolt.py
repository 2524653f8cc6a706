"""Slug bolt: emits each sentence with its URL slug.

The slug comes from python-slugify, a package no worker has installed: requirements.txt (next to
this script) names it, and shellgen:vendor put it into the jar's resources/site-packages/, which
storm-shellgen's runtime puts on sys.path; or shellgen:submit uploaded it to Storm's blob store
(-Dshellgen.packagesTo=blobstore), and the runtime puts the worker's copy on sys.path. It logs which.

It may also load for slugs.load.secs seconds (from the topology's configuration; default 0) before
it serves, as a bolt loading a model does: the real-cluster test sets 8, longer than the
heartbeat timeout, to show that a slow start is a start.
"""
import os
import time

import slugify as slugify_package
from slugify import slugify

import storm


class SlugBolt(storm.BasicBolt):
    def initialize(self, conf, context):
        storm.log("slugify from " + os.path.dirname(os.path.dirname(slugify_package.__file__)))
        time.sleep(float(conf.get("slugs.load.secs", 0)))

    def process(self, tup):
        sentence = tup.values[0]
        storm.emit([sentence, slugify(sentence)])


SlugBolt().run()
