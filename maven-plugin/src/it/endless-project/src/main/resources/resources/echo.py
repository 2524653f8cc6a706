import storm


class Echo(storm.BasicBolt):
    def process(self, tup):
        storm.emit(tup.values)


Echo().run()
