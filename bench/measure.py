"""`python -m bench.measure CMD...`: run CMD, then print its wall time and peak memory.

The measuring process is a fresh, small interpreter, so the child's peak resident size is
its own (a child started straight from the big benchmark process would inherit that
process's high-water mark through fork and exec).
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time


def main(argv: list[str]) -> int:
    started = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    result = {"seconds": seconds, "peak_rss_kb": peak, "returncode": done.returncode}
    print(json.dumps(result | {"stderr": done.stderr[-2000:]}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
