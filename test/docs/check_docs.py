#!/usr/bin/env python3
"""Checks every fenced code block of the given Markdown pages.

Each block must be preceded by a directive that says how it is checked:

    <!-- checked: KIND [key=value ...] [COMMAND] -->

KIND is one of
  source PATH[#REGION]   the block is the file (less its marker lines), or the
                         lines between the markers `docs:begin REGION` and
                         `docs:end REGION` in it; a region may come in pieces
  excerpt COMMAND        the block's lines appear, in order, in what COMMAND prints
  transcript             `$ COMMAND` lines, each followed by an excerpt of its
                         output; `(exit status N)` checks the status
  runs                   the commands run and succeed; lint commands must report
                         a finding (or none, with findings=no)
  dry-run                the commands are not run: their programs, CMake options,
                         targets and serialint options must exist
  clang-tidy-config      a .clang-tidy file that clang-tidy and serialint accept
  pre-commit-config      a .pre-commit-config.yaml; its hooks are run on the sample
  github-steps           a workflow's steps; every `run:` is run on the sample,
                         once for each value of the matrix variable it names
  gitlab-jobs            a .gitlab-ci.yml's jobs; each `script:` is run on the
                         sample, `parallel: N` times with CI_NODE_INDEX/TOTAL

Keys: status=N (the exit status of an excerpt's command), cwd=repo|sample|bin,
findings=yes|no. `cwd=sample` runs in a copy of test/docs/sample-project with a
compile database, shared by the page's blocks; `cwd=bin` in a scratch directory
holding links to the example programs. Commands run under bash with the build's
bin/ and examples/ on PATH; `path/to/serialint` names the repository,
`build/release` the build directory, `/usr/local` a scratch install prefix.
An excerpt's lines compare whole, except that a diagnostic may be shown
without its location, `...` skips, and the pid in a trace's run id is ignored.

    check_docs.py --repo DIR --build DIR PAGE.md...
"""
import argparse
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import textwrap

DIRECTIVE = re.compile(r"^<!--\s*checked:\s*(\S+)(.*?)-->\s*$")
FENCE = re.compile(r"^(\s*)(```+)(\S*)\s*$")
LINT_PROGRAMS = ("serialint", "clang-tidy-19", "run-clang-tidy-19")
COMMAND_TIMEOUT = 300


class Failure(Exception):
    pass


# ---------------------------------------------------------------- pages

class Block:
    def __init__(self, page, line, lang, text, kind, args):
        self.page, self.line, self.lang, self.text = page, line, lang, text
        self.kind, self.args = kind, args

    def where(self):
        return f"{self.page}:{self.line}"


def read_blocks(page):
    """Yields the page's fenced blocks with the directive above each."""
    lines = open(page, encoding="utf-8").read().split("\n")
    previous, i = "", 0
    while i < len(lines):
        fence = FENCE.match(lines[i])
        if not fence:
            if lines[i].strip():
                previous = lines[i].strip()
            i += 1
            continue
        indent, ticks, lang = fence.groups()
        start, body = i + 1, []
        i += 1
        while i < len(lines) and lines[i].strip() != ticks:
            body.append(lines[i][len(indent):] if lines[i].startswith(indent) else lines[i])
            i += 1
        if i == len(lines):
            raise Failure(f"{page}:{start}: code block is never closed")
        i += 1
        directive = DIRECTIVE.match(previous)
        kind, args = (directive.group(1), directive.group(2).strip()) if directive else (None, "")
        yield Block(page, start, lang, "\n".join(body), kind, args)
        previous = ""


def split_keys(args):
    """Splits leading key=value words off a directive's arguments."""
    keys, words = {}, args.split(" ") if args else []
    while words and re.fullmatch(r"(status|cwd|findings)=\S+", words[0]):
        key, value = words.pop(0).split("=", 1)
        keys[key] = value
    return keys, " ".join(words).strip()


# ---------------------------------------------------------------- context

class Context:
    """What the blocks of one page share: paths, scratch directories."""

    def __init__(self, repo, build, scratch):
        self.repo, self.build, self.scratch = repo, build, scratch
        self._sample = self._bin = self._prefix = None

    def environment(self):
        env = dict(os.environ)
        env["PATH"] = os.pathsep.join(
            [os.path.join(self.build, "bin"), os.path.join(self.build, "examples"), env.get("PATH", "")])
        env["PRE_COMMIT_HOME"] = os.path.join(self.scratch, "pre-commit-home")
        env["OMPI_MCA_rmaps_base_oversubscribe"] = "1"  # fewer cores than ranks
        if os.geteuid() == 0:
            env["OMPI_ALLOW_RUN_AS_ROOT"] = env["OMPI_ALLOW_RUN_AS_ROOT_CONFIRM"] = "1"
        return env

    def substitute(self, command):
        command = command.replace("path/to/serialint/build/release", self.build)
        command = command.replace("path/to/serialint", self.repo)
        command = re.sub(r"(?<![\w/.-])build/release(?=/|\s|$)", self.build, command)
        if "/usr/local" in command:
            command = command.replace("/usr/local", self.prefix())
        return command

    def directory(self, cwd):
        if cwd in (None, "repo"):
            return self.repo
        if cwd == "sample":
            return self.sample()
        if cwd == "bin":
            return self.bin()
        raise Failure(f"unknown cwd '{cwd}' (repo, sample or bin)")

    def sample(self):
        if self._sample is None:
            self._sample = os.path.join(self.scratch, "sample")
            shutil.copytree(os.path.join(self.repo, "test", "docs", "sample-project"), self._sample)
            run(["git", "init", "-q"], self._sample, self.environment())
            run(["cmake", "-S", ".", "-B", "build", "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON"],
                self._sample, self.environment())
        return self._sample

    def bin(self):
        if self._bin is None:
            self._bin = os.path.join(self.scratch, "bin")
            os.makedirs(self._bin)
            examples = os.path.join(self.build, "examples")
            for name in sorted(os.listdir(examples)):
                program = os.path.join(examples, name)
                if os.path.isfile(program) and os.access(program, os.X_OK):
                    os.symlink(program, os.path.join(self._bin, name))
        return self._bin

    def prefix(self):
        if self._prefix is None:
            self._prefix = os.path.join(self.scratch, "prefix")
            run(["cmake", "--install", self.build, "--prefix", self._prefix], self.repo, self.environment())
        return self._prefix


def run(argv, cwd, env, shell=False):
    try:
        done = subprocess.run(argv, cwd=cwd, env=env, shell=shell, executable="/bin/bash" if shell else None,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              timeout=COMMAND_TIMEOUT, errors="replace")
    except subprocess.TimeoutExpired:
        raise Failure(f"'{argv if shell else ' '.join(argv)}' did not finish in {COMMAND_TIMEOUT} s")
    if not shell and done.returncode != 0:
        raise Failure(f"'{' '.join(argv)}' failed with status {done.returncode}:\n{done.stdout}")
    return done.returncode, done.stdout


# ---------------------------------------------------------------- comparing

def normalise(line):
    return re.sub(r'"run":"\d+-', '"run":"PID-', line.rstrip())


def matches(expected, actual):
    if expected == actual:
        return True
    return bool(re.match(r"(warning|note|error): ", expected)) and actual.endswith(": " + expected)


def check_excerpt(expected_lines, output, what):
    """Every expected line appears, in order, among the output's lines."""
    actual = [normalise(line) for line in output.split("\n")]
    position = 0
    for expected in (normalise(line) for line in expected_lines):
        if expected in ("", "..."):
            continue
        while position < len(actual) and not matches(expected, actual[position]):
            position += 1
        if position == len(actual):
            raise Failure(f"{what} does not print, in this order:\n  {expected}\n--- it printed:\n{output}")
        position += 1


# ---------------------------------------------------------------- kinds

def region_lines(lines, region, path):
    """The lines between `docs:begin REGION` and `docs:end REGION` markers;
    a region may come in pieces, each dedented on its own."""
    pieces, piece = [], None
    for line in lines:
        if re.search(rf"docs:begin {re.escape(region)}\s*$", line):
            if piece is not None:
                raise Failure(f"{path}: region '{region}' begins twice without an end")
            piece = []
        elif re.search(rf"docs:end {re.escape(region)}\s*$", line):
            if piece is None:
                raise Failure(f"{path}: region '{region}' ends without a begin")
            pieces.append(textwrap.dedent("\n".join(piece)).split("\n") if piece else [])
            piece = None
        elif piece is not None:
            piece.append(line)
    if piece is not None or not pieces:
        raise Failure(f"{path} has no complete region '{region}' (docs:begin/docs:end)")
    return [line for part in pieces for line in part]


def check_source(block, ctx):
    path, _, region = block.args.partition("#")
    full = os.path.join(ctx.repo, path)
    if not path or not os.path.isfile(full):
        raise Failure(f"source '{path}' is not a file of the repository")
    lines = open(full, encoding="utf-8").read().rstrip("\n").split("\n")
    if region:
        lines = region_lines(lines, region, path)
    else:
        lines = [line for line in lines if not re.search(r"docs:(begin|end) ", line)]
    if [line.rstrip() for line in lines] != [line.rstrip() for line in block.text.split("\n")]:
        wanted = "\n".join(lines)
        raise Failure(f"the block differs from {block.args}; it should read:\n{wanted}")


def check_excerpt_block(block, ctx):
    keys, command = split_keys(block.args)
    if not command:
        raise Failure("excerpt needs a command")
    status, output = run(ctx.substitute(command), ctx.directory(keys.get("cwd")), ctx.environment(), shell=True)
    if "status" in keys and status != int(keys["status"]):
        raise Failure(f"'{command}' exited {status}, not {keys['status']}:\n{output}")
    check_excerpt(block.text.split("\n"), output, f"'{command}'")


def check_transcript(block, ctx):
    keys, _ = split_keys(block.args)
    steps, current = [], None
    for line in block.text.split("\n"):
        if line.startswith("$ "):
            current = {"command": line[2:], "expected": [], "status": None}
            steps.append(current)
        elif current is None:
            raise Failure("a transcript starts with a '$ command' line")
        elif re.fullmatch(r"\(exit status \d+\)", line.strip()):
            current["status"] = int(re.search(r"\d+", line).group())
        else:
            current["expected"].append(line)
    # One shell, so that `echo $?` and variables carry from step to step.
    # The markers are printed after `$?` is saved and before it is restored.
    script = ["printf '\\n@@step 0\\n'"]
    for i, step in enumerate(steps):
        script.append(ctx.substitute(step["command"]))
        script.append(f"__status=$?; printf '\\n@@status {i} %d\\n@@step {i + 1}\\n' $__status; "
                      "(exit $__status)")
    _, output = run("\n".join(script), ctx.directory(keys.get("cwd")), ctx.environment(), shell=True)
    parts = re.split(r"\n@@step \d+\n", "\n" + output)[1:len(steps) + 1]
    if len(parts) != len(steps) or "@@status" not in parts[-1]:
        raise Failure(f"the transcript stopped early:\n{output}")
    for step, part in zip(steps, parts):
        body, _, status = part.rpartition("\n@@status ")
        code = int(status.split()[1]) if status else -1
        if step["status"] is not None and code != step["status"]:
            raise Failure(f"'{step['command']}' exited {code}, not {step['status']}:\n{body}")
        check_excerpt(step["expected"], body, f"'{step['command']}'")


def commands_of(text):
    """The block's commands: continuation lines joined, comments dropped."""
    joined = re.sub(r"\\\n\s*", " ", text)
    for line in joined.split("\n"):
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


def strip_comment(command):
    return re.sub(r"\s+#.*$", "", command)


def is_lint(command):
    words = shlex.split(strip_comment(command))
    return bool(words) and os.path.basename(words[0]) in LINT_PROGRAMS


def check_runs(block, ctx):
    keys, _ = split_keys(block.args)
    want_findings = keys.get("findings", "yes") == "yes"
    cwd, env = ctx.directory(keys.get("cwd")), ctx.environment()
    for command in commands_of(block.text):
        status, output = run(ctx.substitute(command), cwd, env, shell=True)
        if not is_lint(command):
            if status != 0:
                raise Failure(f"'{command}' exited {status}:\n{output}")
            continue
        found = "[serialint-" in output
        if status not in (0, 1) or found != want_findings:
            raise Failure(f"'{command}' exited {status} and {'reported' if found else 'did not report'} "
                          f"a serialint finding:\n{output}")


def cmake_names(repo, pattern):
    names = set()
    for root, dirs, files in os.walk(repo):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d not in ("build",)]
        for name in files:
            if name == "CMakeLists.txt" or name.endswith(".cmake"):
                text = open(os.path.join(root, name), encoding="utf-8").read()
                names.update(re.findall(pattern, text))
    return names


def build_targets(ctx):
    """The targets the project defines: those of the configured build, which
    knows the ones named by variables, and those named in the CMake files."""
    targets = cmake_names(ctx.repo, r"add_(?:executable|library|custom_target)\(\s*([\w.-]+)")
    if os.path.isfile(os.path.join(ctx.build, "build.ninja")):
        listing = run(["ninja", "-C", ctx.build, "-t", "targets", "all"], ctx.repo, ctx.environment())[1]
        targets.update(os.path.basename(line.split(":")[0]) for line in listing.split("\n") if ":" in line)
    elif os.path.isfile(os.path.join(ctx.build, "Makefile")):
        listing = run(["make", "-C", ctx.build, "help"], ctx.repo, ctx.environment())[1]
        targets.update(re.findall(r"^\.\.\. (\S+)", listing, re.M))
    return targets


def check_dry_run(block, ctx):
    options = cmake_names(ctx.repo, r"option\(\s*(\w+)")
    targets = build_targets(ctx)
    help_text = run([os.path.join(ctx.build, "bin", "serialint"), "--help"], ctx.repo, ctx.environment())[1]
    build_dirs = set()
    for line in commands_of(block.text):
        for command in re.split(r"&&|\|\||;|\|", strip_comment(line)):
            words = shlex.split(command.replace("<this repository>", "REPOSITORY"))
            if not words:
                continue
            program = words[0]
            if program == "cmake" and "-B" in words:
                build_dirs.add(words[words.index("-B") + 1])
            for word in words[1:]:
                option = re.match(r"-D(\w+)=", word)
                if program == "cmake" and option and not option.group(1).startswith("CMAKE_") \
                        and option.group(1) not in options:
                    raise Failure(f"'{option.group(1)}' is not an option of the project")
            if program == "ninja" and "-C" in words:
                for target in words[words.index("-C") + 2:]:
                    if target not in targets:
                        raise Failure(f"ninja target '{target}' is not defined by the project")
            if os.path.basename(program) == "serialint":
                # `serialint merge` is a command of its own, with its own --help.
                usage = help_text
                if words[1:2] == ["merge"]:
                    usage = run([os.path.join(ctx.build, "bin", "serialint"), "merge", "--help"],
                                ctx.repo, ctx.environment())[1]
                for word in words[1:]:
                    flag = re.match(r"(--?[\w-]+)", word)
                    if word.startswith("-") and word != "--" and not re.search(
                            rf"^\s+{re.escape(flag.group(1))}[ =<]", usage, re.M):
                        raise Failure(f"serialint has no option '{word}'")
            check_program(program, build_dirs, targets, ctx)


def check_program(program, build_dirs, targets, ctx):
    if program in ("cd", "export", "echo", "test", "true"):
        return
    if program.startswith("./"):
        program = program[2:]
    top = program.split("/")[0]
    if "/" in program and top in build_dirs:
        if os.path.basename(program) not in targets:
            raise Failure(f"'{program}' is not a target the build makes")
        return
    if "/" in program:
        path = os.path.join(ctx.repo, ctx.substitute(program)) if not program.startswith("/") else program
        if not (os.path.isfile(path) and os.access(path, os.X_OK)):
            raise Failure(f"'{program}' is not an executable file")
        return
    if program == "serialint" or shutil.which(program, path=ctx.environment()["PATH"]):
        return
    raise Failure(f"'{program}' is not installed")


def check_clang_tidy_config(block, ctx):
    directory = tempfile.mkdtemp(dir=ctx.scratch)
    with open(os.path.join(directory, ".clang-tidy"), "w", encoding="utf-8") as config:
        config.write(block.text + "\n")
    plugin = os.path.join(ctx.build, "lib", "libSerialintTidyModule.so")
    status, output = run(["clang-tidy-19", "-load", plugin, "--verify-config"], directory, ctx.environment(), shell=False)
    if "No config errors detected" not in output:
        raise Failure(f"clang-tidy-19 --verify-config rejects it:\n{output}")
    serialint = os.path.join(ctx.build, "bin", "serialint")
    source = os.path.join(directory, "probe.cpp")
    open(source, "w").close()
    listed = run([serialint, "--list-pool-apis", source, "--", "-std=c++20"], directory, ctx.environment())[1]
    for api in re.findall(r"([\w:]+)\(\s*callable|([\w:]+)\(\s*payload", block.text):
        name = api[0] or api[1]
        if name not in listed:
            raise Failure(f"serialint does not list the pool API '{name}' from this configuration:\n{listed}")


def check_pre_commit_config(block, ctx):
    sample = ctx.sample()
    head = run(["git", "rev-parse", "HEAD"], ctx.repo, ctx.environment())[1].strip()
    text = block.text.replace("https://github.com/<owner>/serialint", ctx.repo).replace("<tag or commit>", head)
    with open(os.path.join(sample, ".pre-commit-config.yaml"), "w", encoding="utf-8") as config:
        config.write(text + "\n")
    env = ctx.environment()
    run(["pre-commit", "validate-config", ".pre-commit-config.yaml"], sample, env)
    run(["git", "add", "-A", "."], sample, env)
    status, output = run("pre-commit run --all-files", sample, env, shell=True)
    if status != 1 or "[serialint-" not in output:
        raise Failure(f"the hook should fail on the sample's finding; pre-commit exited {status}:\n{output}")


def run_step(command, ctx, env=None):
    status, output = run(ctx.substitute(command), ctx.sample(), env or ctx.environment(), shell=True)
    if status != 0:
        raise Failure(f"step '{command}' exited {status}:\n{output}")


def check_sarif_files(names, ctx):
    for name in names:
        with open(os.path.join(ctx.sample(), name), encoding="utf-8") as sarif:
            document = json.load(sarif)
        if document.get("version") != "2.1.0" or not document["runs"][0]["results"]:
            raise Failure(f"{name} is not SARIF 2.1.0 with the sample's finding")


def matrix_runs(command, matrix):
    """The command once for each value of the matrix variable it names."""
    names = set(re.findall(r"\$\{\{\s*matrix\.(\w+)\s*\}\}", command))
    if len(names) > 1 or re.search(r"\$\{\{(?!\s*matrix\.)", command):
        raise Failure(f"step '{command}' uses an expression other than one matrix variable")
    if not names:
        return [command]
    name = names.pop()
    if name not in matrix:
        raise Failure(f"step '{command}' names matrix.{name}, which the matrix does not list")
    return [re.sub(r"\$\{\{\s*matrix\.\w+\s*\}\}", value, command) for value in matrix[name]]


def check_github_steps(block, ctx):
    steps = re.findall(r"^\s*-?\s*run:\s*(.+)$", block.text, re.M)
    if not steps:
        raise Failure("no 'run:' step")
    matrix = {name: [v.strip() for v in values.split(",")] for name, values in
              re.findall(r"^\s*(\w+):\s*\[([^\]]*)\]", block.text.split("matrix:", 1)[1], re.M)} \
        if "matrix:" in block.text else {}
    for step in steps:
        for command in matrix_runs(step, matrix):
            run_step(command, ctx)
    check_sarif_files(re.findall(r"sarif_file:\s*(\S+)", block.text), ctx)


def gitlab_jobs(text):
    """(name, parallel, script lines, artifact paths) of each top-level job."""
    jobs = []
    for chunk in re.split(r"^(?=[\w.-]+:\s*$)", text, flags=re.M):
        header = re.match(r"([\w.-]+):\s*$", chunk, re.M)
        if not header:
            continue
        parallel = re.search(r"^\s+parallel:\s*(\d+)", chunk, re.M)
        script = re.search(r"^(\s+)script:\s*\n((?:\1\s+- .*\n?)+)", chunk, re.M)
        paths = re.search(r"^\s+paths:\s*\[([^\]]*)\]", chunk.split("artifacts:", 1)[-1], re.M) \
            if "artifacts:" in chunk else None
        jobs.append((header.group(1), int(parallel.group(1)) if parallel else 1,
                     [line.strip()[2:] for line in script.group(2).splitlines()] if script else [],
                     [p.strip() for p in paths.group(1).split(",")] if paths else []))
    return jobs


def check_gitlab_jobs(block, ctx):
    jobs = gitlab_jobs(block.text)
    if not any(script for _, _, script, _ in jobs):
        raise Failure("no job with a 'script:'")
    for name, parallel, script, _ in jobs:
        for index in range(1, parallel + 1):
            env = ctx.environment()
            if parallel > 1:
                env.update(CI_NODE_INDEX=str(index), CI_NODE_TOTAL=str(parallel))
            for command in script:
                run_step(command, ctx, env)
    check_sarif_files([p for p in jobs[-1][3] if p.endswith(".sarif") and "*" not in p], ctx)


KINDS = {
    "source": check_source,
    "excerpt": check_excerpt_block,
    "transcript": check_transcript,
    "runs": check_runs,
    "dry-run": check_dry_run,
    "clang-tidy-config": check_clang_tidy_config,
    "pre-commit-config": check_pre_commit_config,
    "github-steps": check_github_steps,
    "gitlab-jobs": check_gitlab_jobs,
}


def check_page(page, repo, build):
    failures, count = 0, 0
    with tempfile.TemporaryDirectory(prefix="serialint-docs-") as scratch:
        ctx = Context(repo, build, scratch)
        for block in read_blocks(page):
            count += 1
            try:
                if block.kind is None:
                    raise Failure("no '<!-- checked: KIND ... -->' line above the block")
                if block.kind not in KINDS:
                    raise Failure(f"unknown kind '{block.kind}' (one of {', '.join(KINDS)})")
                KINDS[block.kind](block, ctx)
            except Failure as failure:
                failures += 1
                print(f"FAIL {os.path.relpath(block.page, repo)}:{block.line}: {failure}")
    return failures, count


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repo", required=True)
    parser.add_argument("--build", required=True)
    parser.add_argument("pages", nargs="+")
    options = parser.parse_args()
    repo, build = os.path.abspath(options.repo), os.path.abspath(options.build)
    total_failures = 0
    for page in options.pages:
        try:
            failures, count = check_page(os.path.join(repo, page), repo, build)
        except (Failure, OSError) as failure:
            print(f"FAIL {page}: {failure}")
            total_failures += 1
            continue
        total_failures += failures
        print(f"{'ok  ' if not failures else 'FAIL'} {page}: {count - failures} of {count} code blocks checked")
    return 1 if total_failures else 0


if __name__ == "__main__":
    sys.exit(main())
