"""Late posts: prints each post that came after every window of its time had closed."""
import time

import storm


class LatePosts(storm.BasicBolt):
    def process(self, tup):
        post, ts = tup.values
        print("late post of %s, left out of its windows: %s" % (time.strftime("%H:%M:%S", time.gmtime(ts / 1000.0)),
                                                                post))


LatePosts().run()
