GREETING = "hello from bolts/helper.py"
