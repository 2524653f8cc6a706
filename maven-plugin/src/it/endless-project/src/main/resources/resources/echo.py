import storm


class Echo(storm.BasicBolt):
    def process(self, tup):
        if tup.values[0] == 0:
            print("echo saw the first tick")  # a script's print(): the user's, and it must show
        storm.emit(tup.values)


Echo().run()
