// mvn verify failed on the failing Python assertion, with the runner's own words for it, and said why:
// first with pytest, then with unittest (-Dshellgen.pythonRunner=unittest, as without pytest).
def log = new File(basedir, 'build.log').text
def tests = new File(basedir, 'src/test/python').path
assert log.contains('storm-shellgen: Python tests in src/test/python, with pytest on python3')
assert log.contains("AssertionError: assert [['be', 1]] == [['be', 2]]")
assert log =~ /1 failed, 1 passed in [0-9.]+s/
assert log.contains('the Python tests in ' + tests + ' failed (pytest exited with status 1')
assert log.contains('with unittest on python3')
assert log.contains('FAIL: test_a_wrong_expectation (test_count.CountTest')
assert log.contains('FAILED (failures=1)')
assert log.contains('the Python tests in ' + tests + ' failed (unittest exited with status 1')
// Nothing of Python's in the project's folders: no cache, no byte code among the scripts.
assert !new File(basedir, '.pytest_cache').exists()
assert !new File(basedir, 'src/main/resources/resources/__pycache__').exists()
assert new File(basedir, 'target/shellgen/python/shellgen_testing.py').isFile()
return true
