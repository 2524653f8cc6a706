"""Trending bolt: a storm.WindowedBolt. For each window (20 s of posts, every 10 s, in the time they
were written: see @Window on Trending.Trends), emits its three most used words of four letters or
more, with their counts, most used first (ties in alphabetical order), and prints a line for it."""
import collections
import re
import time

import storm

WORD = re.compile(r"[a-z]{4,}")


def clock(ms):
    return time.strftime("%H:%M:%S", time.gmtime(ms / 1000.0))


class Trending(storm.WindowedBolt):
    def process(self, window):
        counts: collections.Counter[str] = collections.Counter()
        posts = 0
        for post in window.tuples:
            text = post.values[0]
            if text:
                posts += 1
                counts.update(WORD.findall(text.lower()))
        top = sorted(counts.items(), key=lambda word_count: (-word_count[1], word_count[0]))[:3]
        for word, count in top:
            storm.emit([window.start, window.end, word, count])
        print("trending %s-%s: %s (%d posts)" % (clock(window.start), clock(window.end),
                                                 ", ".join("%s %d" % word_count for word_count in top), posts))


Trending().run()
