import storm


class Split(storm.BasicBolt):
    def process(self, tup):
        for position, word in enumerate(tup.values[0].split()):
            storm.emit([word, position])


Split().run()
