"""Trending spout: emits each post of posts.txt once, with a message id, as [post, ts]: ts is when
it was written, in milliseconds (a line "MM:SS text" was written MM:SS after 12:00:00 UTC on
2026-12-06). The posts are replayed at ten times their pace (trending.speed): the spout waits a
tenth of the time between one post and the next that is newer. The last line, empty, is a post
that only says the time has come: event-time windows close when later events show their time has
passed. A failed post is emitted again."""
import calendar
import time

import storm

START_MS = calendar.timegm((2026, 12, 6, 12, 0, 0)) * 1000


def parse(line):
    clock, _, text = line.rstrip("\n").partition(" ")
    minutes, seconds = clock.split(":")
    return [text, START_MS + (int(minutes) * 60 + int(seconds)) * 1000]


class PostSpout(storm.Spout):
    def initialize(self, conf, context):
        with open("posts.txt", encoding="utf-8") as lines:
            self.posts = [parse(line) for line in lines if line.strip() and not line.startswith("#")]
        self.speed = float(conf.get("trending.speed", 10))
        self.next_index = 0
        self.newest = None
        self.replays = []

    def nextTuple(self):
        if self.replays:
            index = self.replays.pop(0)
        elif self.next_index < len(self.posts):
            index = self.next_index
            self.next_index += 1
            ts = self.posts[index][1]
            if self.newest is not None and ts > self.newest:
                storm.flush()
                time.sleep((ts - self.newest) / 1000.0 / self.speed)
            self.newest = ts if self.newest is None else max(self.newest, ts)
        else:
            time.sleep(0.05)
            return
        storm.emit(self.posts[index], id=index)

    def fail(self, id):
        self.replays.append(id)


PostSpout().run()
