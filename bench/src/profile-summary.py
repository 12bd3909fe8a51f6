#!/usr/bin/env python3
"""Summarises async-profiler's collapsed stacks of one corpus check (bench/profile): each kind of thread's
share, the workers' time by rule and by the work around the rules, and the hottest frames.

    profile-summary.py cpu|alloc STACKS

STACKS holds one stack per line, frames from the thread down separated by `;` and then a count (samples, or
bytes for alloc), as async-profiler writes with `threads,collapsed`: the first frame is the thread,
`[name tid=N]`.
"""
import collections
import re
import sys

# The kinds of thread a check runs, by the thread's name.
THREADS = [
    ("workers", re.compile(r"^corpuslint-worker")),
    ("main (start-up, the walk's wait, writing the report)", re.compile(r"^main$")),
    ("JIT compiler", re.compile(r"CompilerThre|Compiler Thread")),
    # The serial collector runs in the VM thread, the parallel one (the launcher's) in its GC threads.
    ("collector (the VM thread, the GC threads)", re.compile(r"^VM Thread|^GC Thread")),
    ("walk (fork-join)", re.compile(r"^ForkJoinPool")),
]

# The work around the rules, by the first frame that names it: the order matters, as a stack can hold several.
STEPS = [
    ("reading files", "java/nio/file/Files.readAllBytes"),
    # Its own pass only for bytes that are not well-formed UTF-8; for the rest the decoder notes the first NUL.
    ("the binary-file test", "dev/corpuslint/rules/document/TextDecoder.isBinary"),
    ("decoding and the document", "dev/corpuslint/rules/document/CorpusDocument.fromOwnBytes"),
    ("learning (and the shared views it asks for first)", "dev/corpuslint/rules/learn/BoilerplateLearner.add"),
    ("the file's linter", "dev/corpuslint/cli/FileProcessor.linterFor"),
    ("completing held results (second pass)", "dev/corpuslint/rules/engine/Linter.complete"),
    ("rendering the report", "dev/corpuslint/cli/TextReporter.render"),
]

RULE_RUNNER = "dev/corpuslint/rules/engine/Linter.run"


def thread_kind(frame):
    name = re.sub(r" tid=\d+\]$", "", frame).lstrip("[")
    for kind, pattern in THREADS:
        if pattern.search(name):
            return kind
    return "other JVM threads"


def short(frame):
    """`dev/corpuslint/rules/Foo.bar` as `Foo.bar`; native and kernel frames as they are."""
    return frame.rsplit("/", 1)[-1]


def where(frames):
    """What a worker's stack was doing: a rule (the frame the rule runner called), a step, or neither."""
    for i, frame in enumerate(frames):
        if frame.startswith(RULE_RUNNER):
            # The rule's own method is the first Java frame below the runner (a call stub may come between).
            called = next((f for f in frames[i + 1:] if "/" in f), None)
            if called is not None:
                return "rule " + short(called).split(".")[0].split("$")[0]
    for step, prefix in STEPS:
        if any(frame.startswith(prefix) for frame in frames):
            return step
    return "other"


def hot(frames, event):
    """The frame a sample is charged to: for CPU the one running; for allocation the type allocated (the last
    frame) and the innermost corpuslint method that allocated it, which says more than a JDK helper."""
    if event == "cpu":
        return short(frames[-1])
    ours = [f for f in frames[:-1] if f.startswith("dev/corpuslint/")]
    return "%s in %s" % (frames[-1].replace("_[i]", "").replace("_[k]", ""), short(ours[-1]) if ours else "the JDK")


def summarise(lines, event="cpu"):
    total = 0
    threads = collections.Counter()
    worker_parts = collections.Counter()
    worker_leaves = collections.Counter()
    kernel = 0
    workers = 0
    for line in lines:
        line = line.rstrip("\n")
        if not line:
            continue
        stack, count = line.rsplit(" ", 1)
        count = int(count)
        frames = stack.split(";")
        total += count
        kind = thread_kind(frames[0])
        threads[kind] += count
        if kind != "workers":
            continue
        workers += count
        worker_parts[where(frames[1:])] += count
        worker_leaves[hot(frames, event)] += count
        if frames[-1].endswith("_[k]"):
            kernel += count
    return total, threads, workers, worker_parts, worker_leaves, kernel


def print_table(title, counter, whole, limit):
    print(title)
    for name, count in counter.most_common(limit):
        print("  %5.1f %%  %s" % (100.0 * count / whole, name))


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("cpu", "alloc"):
        sys.exit(__doc__.split("\n\n")[1].strip())
    event, path = sys.argv[1], sys.argv[2]
    with open(path, encoding="utf-8", errors="replace") as f:
        total, threads, workers, parts, leaves, kernel = summarise(f, event)
    if total == 0:
        sys.exit("profile-summary: no samples in " + path)
    unit = "samples of 1 ms of CPU" if event == "cpu" else "MB allocated"
    amount = total if event == "cpu" else total / 1e6
    print("%s: %.0f %s" % (event, amount, unit))
    print_table("By thread (share of the whole process):", threads, total, 10)
    if workers:
        if event == "cpu":
            print("The workers' kernel time (file system calls, page faults): %.1f %% of their samples"
                  % (100.0 * kernel / workers))
        print_table("The workers, by rule and by the work around the rules (share of the workers):", parts, workers, 40)
        print_table("The workers' hottest frames (self, share of the workers):" if event == "cpu"
                    else "What the workers allocate, and where (share of the workers):", leaves, workers, 25)


if __name__ == "__main__":
    main()
