"""Word-count bolt: splits a sentence into lower-case words and emits each one."""
import re

import storm

# A word: letters, with inner apostrophes ("nature's"). Hyphens and punctuation separate words.
WORD = re.compile(r"[a-z]+(?:'[a-z]+)*")


class SplitBolt(storm.BasicBolt):
    def process(self, tup):
        for word in WORD.findall(tup.values[0].lower()):
            storm.emit([word])


SplitBolt().run()
