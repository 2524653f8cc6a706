"""The scripts type-check against storm-shellgen's stubs (storm.pyi), with the project's mypy settings
(pyproject.toml), and a wrong call to the runtime is caught."""
import os
import subprocess
import sys
import tempfile
import textwrap
import unittest

PROJECT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))


def mypy(*args):
    result = subprocess.run([sys.executable, "-m", "mypy", *args], cwd=PROJECT, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, universal_newlines=True)
    return result.returncode, result.stdout


@unittest.skipIf(subprocess.run([sys.executable, "-c", "import mypy"]).returncode != 0,
                 "mypy is not installed for this Python (shellgen:python-test installs requirements.txt)")
class StubsTest(unittest.TestCase):
    def test_the_example_scripts_pass_mypy_with_the_stubs(self):
        status, output = mypy()
        self.assertEqual(status, 0, output)
        self.assertIn("Success: no issues found", output)

    def test_a_wrong_call_to_the_runtime_fails_mypy(self):
        with tempfile.TemporaryDirectory() as folder:
            script = os.path.join(folder, "wrongbolt.py")
            with open(script, "w") as out:
                out.write(textwrap.dedent('''\
                    import storm

                    class WrongBolt(storm.BasicBolt):
                        def process(self, tup):
                            storm.emit("one word")  # the values must be a list
                            storm.emit([1], strem="counts")  # no such argument
                            storm.log("done", level="info")  # a level is a number

                    WrongBolt().run()
                    '''))
            status, output = mypy(script)
        self.assertEqual(status, 1, output)
        self.assertIn('wrongbolt.py:5: error: No overload variant of "emit" matches argument type "str"', output)
        self.assertIn('wrongbolt.py:6: error: Unexpected keyword argument "strem" for overloaded function "emit"; did'
                      ' you mean "stream"?', output)
        self.assertIn('wrongbolt.py:7: error: Argument "level" to "log" has incompatible type "str"; expected "int"',
                      output)
