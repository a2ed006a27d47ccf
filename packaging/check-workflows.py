#!/usr/bin/env python3
"""Lint for the GitHub Actions workflows, which cannot run on the machines RentDesk is made on.

  packaging/check-workflows.py [FILE...]    check FILEs; default: .github/workflows/*.yml, *.yaml
  packaging/check-workflows.py --self-test  feed broken workflows to the checks, expect each caught

Checks the structure GitHub's workflow syntax requires (keys, jobs, steps, `uses` references,
`needs`, matrix values used in a job, `steps.<id>` and `needs.<job>` references, `${{ }}`
expressions) and prints one line per problem, "file:job:step: message"; exits 1 if there is
any. Then runs `yamllint -d relaxed` on the files when yamllint is installed (Debian: yamllint).
Needs only Python 3 and PyYAML (Debian: python3-yaml).
"""

import glob
import os
import re
import shutil
import subprocess
import sys

try:
    import yaml
except ImportError:
    # python3 on PATH may be another Python than Debian's, which has python3-yaml.
    debian_python = "/usr/bin/python3"
    if os.path.exists(debian_python) and os.path.realpath(sys.executable) != os.path.realpath(
            debian_python):
        os.execv(debian_python, [debian_python, *sys.argv])
    sys.exit("check-workflows: needs PyYAML (Debian: apt-get install python3-yaml)")

TOP_KEYS = {"name", "run-name", "on", "permissions", "env", "defaults", "concurrency", "jobs"}
JOB_KEYS = {"name", "needs", "runs-on", "permissions", "environment", "concurrency", "outputs",
            "env", "defaults", "if", "steps", "timeout-minutes", "strategy", "continue-on-error",
            "container", "services", "uses", "with", "secrets"}
# A job that calls a reusable workflow has no steps or runner of its own.
CALLER_JOB_KEYS = {"name", "needs", "permissions", "concurrency", "if", "strategy", "uses",
                   "with", "secrets"}
STEP_KEYS = {"id", "if", "name", "uses", "run", "working-directory", "shell", "with", "env",
             "continue-on-error", "timeout-minutes"}
STRATEGY_KEYS = {"matrix", "fail-fast", "max-parallel"}
EVENTS = {
    "branch_protection_rule", "check_run", "check_suite", "create", "delete", "deployment",
    "deployment_status", "discussion", "discussion_comment", "fork", "gollum", "issue_comment",
    "issues", "label", "merge_group", "milestone", "page_build", "project", "project_card",
    "project_column", "public", "pull_request", "pull_request_review",
    "pull_request_review_comment", "pull_request_target", "push", "registry_package", "release",
    "repository_dispatch", "schedule", "status", "watch", "workflow_call", "workflow_dispatch",
    "workflow_run"}
PERMISSION_SCOPES = {
    "actions", "attestations", "checks", "contents", "deployments", "discussions", "id-token",
    "issues", "models", "packages", "pages", "pull-requests", "repository-projects",
    "security-events", "statuses"}
PERMISSION_LEVELS = {"read", "write", "none"}

ID = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")
# owner/repo[/path]@ref, ./local/path, docker://image
USES_ACTION = re.compile(
    r"^([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/[^@\s]+)?@[^@\s]+|\./\S*|docker://\S+)$")
USES_WORKFLOW = re.compile(
    r"^([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+/\.github/workflows/[^@\s]+\.ya?ml@[^@\s]+"
    r"|\./\.github/workflows/\S+\.ya?ml)$")
CONTEXT_REF = r"\b{}(?:\.([A-Za-z_][A-Za-z0-9_-]*)|\[\s*'([^']*)'\s*\])"
MATRIX_REF = re.compile(CONTEXT_REF.format("matrix"))
STEPS_REF = re.compile(CONTEXT_REF.format("steps"))
NEEDS_REF = re.compile(CONTEXT_REF.format("needs"))


class Loader(yaml.SafeLoader):
    """PyYAML's safe loader, refusing a key twice in one mapping as GitHub does."""


def _construct_mapping(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                "while reading a mapping", node.start_mark, f"key {key!r} appears twice",
                key_node.start_mark)
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


class Report:
    def __init__(self, file):
        self.file = file
        self.lines = []

    def add(self, message, job=None, step=None):
        where = ":".join(str(part) for part in (self.file, job, step) if part is not None)
        self.lines.append(f"{where}: {message}")


def strings(value):
    """Every string in a parsed YAML value, keys included."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, str):
                yield key
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def scan_expression(text, start):
    """Scans an expression body from text[start]; returns (end, problem), end at its '}}'."""
    depth = []
    i = start
    while i < len(text):
        c = text[i]
        if c == "'":
            close = i + 1
            while True:
                close = text.find("'", close)
                if close < 0:
                    return -1, "a string in an expression has no closing quote"
                if text.startswith("''", close):
                    close += 2
                    continue
                break
            i = close + 1
            continue
        if text.startswith("}}", i) and not depth:
            return i, None
        if text.startswith("${{", i):
            return -1, "'${{' inside an expression"
        if c in "([":
            depth.append(c)
        elif c in ")]":
            if not depth or depth.pop() != {")": "(", "]": "["}[c]:
                return -1, f"unbalanced '{c}' in an expression"
        i += 1
    if depth:
        return -1, f"unclosed '{depth[-1]}' in an expression"
    return -1, "'${{' without a closing '}}'"


def expressions(text):
    """The bodies of the ${{ }} expressions in text, and the first problem with them, if any."""
    bodies = []
    i = 0
    while True:
        start = text.find("${{", i)
        if start < 0:
            return bodies, None
        end, problem = scan_expression(text, start + 3)
        if problem:
            return bodies, problem
        body = text[start + 3:end]
        if not body.strip():
            return bodies, "empty expression '${{ }}'"
        bodies.append(body)
        i = end + 2


def bare_condition(text):
    """An `if:` without ${{ }} is an expression as a whole; returns (bodies, problem)."""
    if "${{" in text:
        return expressions(text)
    end, problem = scan_expression(text + "}}", 0)
    if problem:
        return [], problem
    return [text], None


def without_string_literals(body):
    return re.sub(r"'(?:[^']|'')*'", "''", body)


def references(pattern, bodies):
    names = set()
    for body in bodies:
        for match in pattern.finditer(without_string_literals(body)):
            names.add(match.group(1) or match.group(2))
    return names


def collect_expressions(value, report, job=None, step=None, is_condition=False):
    """All expression bodies in value; problems with braces are reported."""
    bodies = []
    for text in strings(value):
        found, problem = bare_condition(text) if is_condition else expressions(text)
        if problem:
            report.add(f"{problem}: {text.strip()[:60]!r}", job, step)
        bodies.extend(found)
    return bodies


def check_permissions(value, report, job=None):
    if isinstance(value, str):
        if value not in ("read-all", "write-all"):
            report.add(f"permissions: {value!r} is neither read-all nor write-all", job)
    elif isinstance(value, dict):
        for scope, level in value.items():
            if scope not in PERMISSION_SCOPES:
                report.add(f"permissions: unknown scope {scope!r}", job)
            elif level not in PERMISSION_LEVELS:
                report.add(f"permissions: {scope} is {level!r}, not read, write or none", job)
    elif value is not None:
        report.add("permissions: must be read-all, write-all or a mapping", job)


def check_mapping(value, what, report, job=None, step=None):
    if value is not None and not isinstance(value, dict):
        report.add(f"{what} must be a mapping", job, step)
        return False
    return True


def check_on(on, report):
    if isinstance(on, str):
        events = [on]
    elif isinstance(on, list):
        events = on
    elif isinstance(on, dict):
        events = list(on)
    else:
        report.add("on: must be an event, a list of events or a mapping")
        return
    if not events:
        report.add("on: names no event")
    for event in events:
        if event not in EVENTS:
            report.add(f"on: unknown event {event!r}")


def matrix_keys(strategy):
    """The names a job's matrix defines, or None when they cannot be known here."""
    if not isinstance(strategy, dict) or "matrix" not in strategy:
        return set()
    matrix = strategy["matrix"]
    if not isinstance(matrix, dict):
        return None  # ${{ fromJSON(...) }}: decided at run time
    keys = {key for key in matrix if key not in ("include", "exclude")}
    include = matrix.get("include", [])
    if isinstance(include, str):
        return None
    for entry in include if isinstance(include, list) else []:
        if isinstance(entry, dict):
            keys.update(entry)
    return keys


def check_strategy(strategy, report, job):
    if not check_mapping(strategy, "strategy", report, job):
        return
    for key in strategy:
        if key not in STRATEGY_KEYS:
            report.add(f"strategy: unknown key {key!r}", job)
    matrix = strategy.get("matrix")
    if isinstance(matrix, dict):
        for part in ("include", "exclude"):
            entries = matrix.get(part)
            if entries is None or isinstance(entries, str):
                continue
            if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
                report.add(f"strategy.matrix.{part} must be a list of mappings", job)
        if not matrix_keys(strategy):
            report.add("strategy.matrix defines no values", job)
    elif matrix is not None and not isinstance(matrix, str):
        report.add("strategy.matrix must be a mapping", job)


def check_step(step, number, earlier_ids, report, job, matrix):
    label = f"step {number}"
    if isinstance(step, dict) and isinstance(step.get("name"), str):
        label += f" ({step['name']})"
    if not isinstance(step, dict):
        report.add("a step must be a mapping", job, label)
        return None
    for key in step:
        if key not in STEP_KEYS:
            report.add(f"unknown step key {key!r}", job, label)
    has_uses, has_run = "uses" in step, "run" in step
    if has_uses == has_run:
        report.add("a step needs exactly one of 'uses' and 'run'", job, label)
    if has_uses:
        uses = step["uses"]
        if not isinstance(uses, str) or "${{" in uses:
            report.add("uses: must be a plain string (no expressions)", job, label)
        elif not USES_ACTION.match(uses):
            report.add(f"uses: {uses!r} is not owner/repo@ref, ./path or docker://image", job,
                       label)
        for key in ("shell", "working-directory"):
            if key in step:
                report.add(f"{key!r} belongs to 'run' steps", job, label)
    if has_run:
        if not isinstance(step["run"], str):
            report.add("run: must be a string", job, label)
        if "with" in step:
            report.add("'with' belongs to 'uses' steps", job, label)
    check_mapping(step.get("with"), "with", report, job, label)
    check_mapping(step.get("env"), "env", report, job, label)
    step_id = step.get("id")
    if step_id is not None:
        if not isinstance(step_id, str) or not ID.match(step_id):
            report.add(f"id: {step_id!r} is not a valid identifier", job, label)
        elif step_id in earlier_ids:
            report.add(f"id: {step_id!r} is used by an earlier step", job, label)

    body = {key: value for key, value in step.items() if key != "if"}
    bodies = collect_expressions(body, report, job, label)
    if "if" in step:
        bodies += collect_expressions(step["if"], report, job, label, is_condition=True)
    check_matrix_use(bodies, matrix, report, job, label)
    for name in sorted(references(STEPS_REF, bodies) - set(earlier_ids)):
        report.add(f"steps.{name} names no earlier step id", job, label)
    return bodies, step_id


def check_matrix_use(bodies, matrix, report, job, label=None):
    used = references(MATRIX_REF, bodies)
    if not used or matrix is None:
        return
    if not matrix:
        for name in sorted(used):
            report.add(f"matrix.{name} is used, but the job has no strategy.matrix", job, label)
        return
    for name in sorted(used - matrix):
        report.add(f"matrix.{name} is not defined in the job's strategy.matrix", job, label)


def check_job(job_id, job, all_jobs, report):
    if not ID.match(str(job_id)):
        report.add(f"job id {job_id!r} must start with a letter or '_' and contain only "
                   "letters, digits, '-' and '_'")
    if not isinstance(job, dict):
        report.add("a job must be a mapping", job_id)
        return
    calls_workflow = "uses" in job
    for key in job:
        if key not in JOB_KEYS:
            report.add(f"unknown job key {key!r}", job_id)
        elif calls_workflow and key not in CALLER_JOB_KEYS:
            report.add(f"{key!r} does not go with 'uses' (a reusable workflow call)", job_id)
        elif not calls_workflow and key in ("with", "secrets"):
            report.add(f"{key!r} belongs to jobs that call a reusable workflow ('uses')", job_id)

    needs = job.get("needs", [])
    needs = [needs] if isinstance(needs, str) else needs
    if not isinstance(needs, list):
        report.add("needs: must be a job id or a list of them", job_id)
        needs = []
    for need in needs:
        if need == job_id:
            report.add("needs: a job cannot need itself", job_id)
        elif need not in all_jobs:
            report.add(f"needs: no job {need!r} in this workflow", job_id)

    if "permissions" in job:
        check_permissions(job["permissions"], report, job_id)
    check_mapping(job.get("env"), "env", report, job_id)
    if "strategy" in job:
        check_strategy(job["strategy"], report, job_id)
    minutes = job.get("timeout-minutes")
    if minutes is not None and not isinstance(minutes, (int, float)) and not (
            isinstance(minutes, str) and minutes.strip().startswith("${{")):
        report.add("timeout-minutes must be a number", job_id)

    matrix = matrix_keys(job.get("strategy"))
    outside = {key: value for key, value in job.items()
               if key not in ("steps", "strategy", "if")}
    job_bodies = collect_expressions(outside, report, job_id)
    if "if" in job:
        job_bodies += collect_expressions(job["if"], report, job_id, is_condition=True)
    check_matrix_use(job_bodies, matrix, report, job_id)
    for name in sorted(references(NEEDS_REF, job_bodies) - set(needs)):
        report.add(f"needs.{name} is not in this job's needs", job_id)

    if calls_workflow:
        uses = job["uses"]
        if not isinstance(uses, str) or not USES_WORKFLOW.match(uses):
            report.add(f"uses: {uses!r} is not owner/repo/.github/workflows/FILE@ref or "
                       "./.github/workflows/FILE", job_id)
        return
    if "runs-on" not in job:
        report.add("a job needs 'runs-on' (or 'uses' for a reusable workflow)", job_id)
    steps = job.get("steps")
    if not isinstance(steps, list) or not steps:
        report.add("a job needs 'steps', a non-empty list", job_id)
        return
    ids = []
    step_bodies = []
    for number, step in enumerate(steps, 1):
        result = check_step(step, number, ids, report, job_id, matrix)
        if result:
            bodies, step_id = result
            step_bodies += bodies
            if isinstance(step_id, str):
                ids.append(step_id)
    for name in sorted(references(NEEDS_REF, step_bodies) - set(needs)):
        report.add(f"needs.{name} is not in this job's needs", job_id)
    output_bodies = collect_expressions(job.get("outputs"), Report(None))
    for name in sorted(references(STEPS_REF, output_bodies) - set(ids)):
        report.add(f"outputs: steps.{name} names no step id", job_id)


def find_cycle(jobs):
    """A list of job ids that need each other in a circle, or None."""
    def needs_of(job_id):
        job = jobs.get(job_id)
        needs = job.get("needs", []) if isinstance(job, dict) else []
        return [needs] if isinstance(needs, str) else needs if isinstance(needs, list) else []

    state = {}

    def visit(job_id, path):
        state[job_id] = "open"
        for need in needs_of(job_id):
            if need not in jobs or need == job_id:
                continue
            if state.get(need) == "open":
                return path[path.index(need):] + [need]
            if need not in state:
                cycle = visit(need, path + [need])
                if cycle:
                    return cycle
        state[job_id] = "done"
        return None

    for job_id in jobs:
        if job_id not in state:
            cycle = visit(job_id, [job_id])
            if cycle:
                return cycle
    return None


def check_workflow(text, file):
    """All problems of one workflow file, as report lines."""
    report = Report(file)
    try:
        doc = yaml.load(text, Loader=Loader)
    except yaml.YAMLError as error:
        report.add(f"not valid YAML: {' '.join(str(error).split())}")
        return report.lines
    if not isinstance(doc, dict):
        report.add("a workflow must be a mapping")
        return report.lines
    # YAML 1.1, which PyYAML reads, takes an unquoted `on` for the boolean true.
    if True in doc and "on" not in doc:
        doc["on"] = doc.pop(True)

    for key in doc:
        if key not in TOP_KEYS:
            report.add(f"unknown top-level key {key!r}")
    if "on" in doc:
        check_on(doc["on"], report)
    else:
        report.add("'on' is missing: the workflow would never run")
    if "permissions" in doc:
        check_permissions(doc["permissions"], report)
    check_mapping(doc.get("env"), "env", report)
    defaults = doc.get("defaults")
    if check_mapping(defaults, "defaults", report) and defaults:
        if set(defaults) - {"run"} or not isinstance(defaults.get("run", {}), dict) or \
                set(defaults.get("run", {})) - {"shell", "working-directory"}:
            report.add("defaults: only run.shell and run.working-directory are allowed")
    top = {key: value for key, value in doc.items() if key != "jobs"}
    bodies = collect_expressions(top, report)
    for name in sorted(references(MATRIX_REF, bodies)):
        report.add(f"matrix.{name} is used outside a job")

    jobs = doc.get("jobs")
    if not isinstance(jobs, dict) or not jobs:
        report.add("'jobs' must be a non-empty mapping")
        return report.lines
    for job_id, job in jobs.items():
        check_job(job_id, job, jobs, report)
    cycle = find_cycle(jobs)
    if cycle:
        report.add(f"needs: the jobs {' -> '.join(cycle)} need each other in a circle")
    return report.lines


def yamllint(files):
    """yamllint's findings, errors and warnings; (lines, errors found)."""
    if not shutil.which("yamllint"):
        print("check-workflows: yamllint is not installed (Debian: apt-get install yamllint); "
              "only the structure was checked", file=sys.stderr)
        return [], False
    result = subprocess.run(["yamllint", "-d", "relaxed", "-f", "parsable", *files],
                            capture_output=True, text=True, check=False)
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    return lines, result.returncode != 0


GOOD = """
name: Good
on:
  push:
    branches: [main]
  workflow_dispatch:
permissions:
  contents: read
jobs:
  build:
    runs-on: ${{ matrix.os }}
    strategy:
      matrix:
        os: [ubuntu-latest, windows-latest]
        include:
          - os: ubuntu-latest
            generator: DEB
    steps:
      - uses: actions/checkout@v4
      - id: configure
        if: matrix.os == 'ubuntu-latest' && (github.event_name == 'push')
        run: echo "${{ matrix.generator }} ${{ format('{0}}}', 'x') }}"
      - uses: ./.github/actions/local
        with:
          value: ${{ steps.configure.outputs.value }}
  publish:
    needs: build
    uses: octo/workflows/.github/workflows/publish.yml@v1
    with:
      result: ${{ needs.build.result }}
"""

# (what is wrong, the workflow, a part of the message that must come out)
BROKEN = [
    ("unknown top-level key", GOOD + "triggers: [push]\n", "unknown top-level key 'triggers'"),
    ("no on", GOOD.replace("on:\n  push:\n    branches: [main]\n  workflow_dispatch:\n", ""),
     "'on' is missing"),
    ("unknown event", GOOD.replace("workflow_dispatch:", "pull-request:"),
     "unknown event 'pull-request'"),
    ("no jobs", "on: push\njobs: {}\n", "'jobs' must be a non-empty mapping"),
    ("bad job id", "on: push\njobs:\n  1st:\n    runs-on: x\n    steps: [{run: a}]\n",
     "job id '1st'"),
    ("no runs-on", "on: push\njobs:\n  a:\n    steps: [{run: a}]\n", "needs 'runs-on'"),
    ("empty steps", "on: push\njobs:\n  a:\n    runs-on: x\n    steps: []\n",
     "needs 'steps', a non-empty list"),
    ("unknown job key", "on: push\njobs:\n  a:\n    runs-on: x\n    step: []\n"
     "    steps: [{run: a}]\n", "unknown job key 'step'"),
    ("uses and run", "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n"
     "      - {uses: actions/checkout@v4, run: a}\n", "exactly one of 'uses' and 'run'"),
    ("neither uses nor run", "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n"
     "      - {name: nothing}\n", "exactly one of 'uses' and 'run'"),
    ("unknown step key", "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n"
     "      - {run: a, environment: x}\n", "unknown step key 'environment'"),
    ("uses without ref", "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n"
     "      - uses: actions/checkout\n", "is not owner/repo@ref"),
    ("with on a run step", "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n"
     "      - {run: a, with: {b: c}}\n", "'with' belongs to 'uses' steps"),
    ("needs an unknown job", GOOD.replace("needs: build", "needs: [build, test]"),
     "no job 'test'"),
    ("needs in a circle", "on: push\njobs:\n  a:\n    needs: b\n    runs-on: x\n"
     "    steps: [{run: a}]\n  b:\n    needs: a\n    runs-on: x\n    steps: [{run: b}]\n",
     "need each other in a circle"),
    ("matrix without strategy", "on: push\njobs:\n  a:\n    runs-on: ${{ matrix.os }}\n"
     "    steps: [{run: a}]\n", "the job has no strategy.matrix"),
    ("matrix value not defined", GOOD.replace("matrix.generator", "matrix.generatr"),
     "matrix.generatr is not defined"),
    ("matrix in a bare if", GOOD.replace("if: matrix.os", "if: matrix.system"),
     "matrix.system is not defined"),
    ("unclosed expression", GOOD.replace("${{ needs.build.result }}", "${{ needs.build.result"),
     "without a closing '}}'"),
    ("unclosed expression before another", GOOD.replace("${{ matrix.generator }}",
                                                        "${{ matrix.generator"),
     "'${{' inside an expression"),
    ("unbalanced parenthesis", GOOD.replace("(github.event_name == 'push')",
                                            "(github.event_name == 'push'"),
     "unclosed '('"),
    ("expression in uses", GOOD.replace("actions/checkout@v4",
                                        "actions/checkout@${{ matrix.os }}"),
     "no expressions"),
    ("unknown step id", GOOD.replace("steps.configure.outputs", "steps.config.outputs"),
     "steps.config names no earlier step id"),
    ("needs context without needs", GOOD.replace("needs.build.result", "needs.lint.result"),
     "needs.lint is not in this job's needs"),
    ("duplicate key", GOOD.replace("    runs-on: ${{ matrix.os }}\n",
                                   "    runs-on: ${{ matrix.os }}\n    runs-on: x\n"),
     "'runs-on' appears twice"),
    ("bad permission", GOOD.replace("contents: read", "contents: maybe"),
     "not read, write or none"),
    ("steps in a workflow call", GOOD + "    steps: [{run: a}]\n",
     "'steps' does not go with 'uses'"),
    ("not YAML", "on: push\njobs:\n  a: [\n", "not valid YAML"),
]


def self_test():
    failures = []
    good = check_workflow(GOOD, "good.yml")
    if good:
        failures.append("the good workflow was refused:\n    " + "\n    ".join(good))
    for what, text, expected in BROKEN:
        lines = check_workflow(text, "broken.yml")
        if not any(expected in line for line in lines):
            failures.append(f"{what}: no line with {expected!r}, got:\n    "
                            + "\n    ".join(lines or ["(nothing)"]))
    for failure in failures:
        print(f"self-test: {failure}")
    if failures:
        return 1
    print(f"self-test: the good workflow passes, all {len(BROKEN)} broken ones are caught")
    return 0


def main(argv):
    if argv[1:] == ["--self-test"]:
        return self_test()
    if any(arg.startswith("-") for arg in argv[1:]):
        print(__doc__.strip())
        return 2
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    files = argv[1:] or sorted(glob.glob(os.path.join(root, ".github", "workflows", "*.yml"))
                               + glob.glob(os.path.join(root, ".github", "workflows", "*.yaml")))
    if not files:
        print("check-workflows: no workflow files found", file=sys.stderr)
        return 1
    problems = []
    for file in files:
        shown = file if argv[1:] else os.path.relpath(file)
        with open(file, encoding="utf-8") as handle:
            problems += check_workflow(handle.read(), shown)
    lint_lines, lint_errors = yamllint(files)
    for line in problems + lint_lines:
        print(line)
    if problems or lint_errors:
        return 1
    print(f"check-workflows: {len(files)} workflow file(s), no problems")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
