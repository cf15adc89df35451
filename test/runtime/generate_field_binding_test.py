#!/usr/bin/env python3
"""Proves that runtime/tools/generate_field_binding.py refuses bad limits and
that its --check (ctest runtime.generated.field_binding) fails on a header
that differs from what it writes.

    generate_field_binding_test.py GENERATOR
"""
import os
import subprocess
import sys
import tempfile
import unittest

GENERATOR = None  # set from the command line


def generator(*arguments):
    return subprocess.run([sys.executable, GENERATOR, *arguments], capture_output=True, text=True)


class BadLimits(unittest.TestCase):
    def test_each_is_refused_in_one_line(self):
        for limit in ("abc", "", "0", "-3", "+7", " 7", "1.5", "0x10", "257", "100000"):
            with self.subTest(limit=limit):
                done = generator("--max-fields", limit)
                self.assertEqual(done.returncode, 2)
                self.assertEqual(done.stdout, "")
                self.assertEqual(len(done.stderr.splitlines()), 1, done.stderr)
                self.assertIn("error: argument --max-fields", done.stderr)

    def test_a_refused_limit_leaves_the_output_alone(self):
        with tempfile.TemporaryDirectory() as scratch:
            output = os.path.join(scratch, "field_binding.hpp")
            with open(output, "w") as header:
                header.write("kept\n")
            self.assertEqual(generator("--max-fields", "0", "-o", output).returncode, 2)
            with open(output) as header:
                self.assertEqual(header.read(), "kept\n")


class Check(unittest.TestCase):
    def write(self, scratch, *arguments):
        output = os.path.join(scratch, "field_binding.hpp")
        self.assertEqual(generator(*arguments, "-o", output).returncode, 0)
        return output

    def test_passes_what_it_writes(self):
        with tempfile.TemporaryDirectory() as scratch:
            self.assertEqual(generator("--check", self.write(scratch)).returncode, 0)

    def test_fails_on_another_limit_naming_file_and_command(self):
        with tempfile.TemporaryDirectory() as scratch:
            other = self.write(scratch, "--max-fields", "8")
            done = generator("--check", other)
            self.assertEqual(done.returncode, 1)
            self.assertEqual(len(done.stderr.splitlines()), 1, done.stderr)
            self.assertIn(f"error: {other} is not what", done.stderr)
            self.assertIn(f"regenerate it: runtime/tools/generate_field_binding.py --max-fields 128 -o {other}",
                          done.stderr)
            kept = done.stderr.split("(its output: ")[1].split(")")[0]
            self.assertTrue(os.path.isfile(kept))
            os.remove(kept)

    def test_the_limit_is_written_where_it_is_read(self):
        with tempfile.TemporaryDirectory() as scratch:
            with open(self.write(scratch, "--max-fields", "3")) as header:
                text = header.read()
        self.assertIn("for at most 3 fields", text)
        self.assertIn("max_reflected_fields = 3;", text)
        self.assertIn("struct field_binding<3>", text)
        self.assertNotIn("struct field_binding<4>", text)
        self.assertIn("struct brace_init<4>", text)  # one past the limit, for count_braced


if __name__ == "__main__":
    GENERATOR = os.path.abspath(sys.argv.pop(1))
    unittest.main()
