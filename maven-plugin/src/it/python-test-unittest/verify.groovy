// The same failure, reported by unittest (-Dshellgen.pythonRunner=unittest, as without pytest).
def log = new File(basedir, 'build.log').text
assert log.contains('with unittest on python3')
assert log.contains('FAIL: test_a_wrong_expectation (test_count.CountTest')
assert log.contains('AssertionError')
assert log.contains('FAILED (failures=1)')
assert log.contains('failed (unittest exited with status 1')
return true
