"""Peak memory of every function on one page of RSS_MIB MiB (64 by default):
each call runs in a fresh sqlite3 shell on the page built from the fixtures,
and the child's peak RSS (getrusage) less the shell's with the page alone is
the function's; shown as a multiple of the page. Run by bench.py (filter
"memory"); RSS_MIB=16 for a quicker look."""
import os
import resource
import subprocess
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

CALLS = [
    ("page alone", "SELECT length(p) FROM t"),
    ("gw_speeches", "SELECT count(*) FROM t, gw_speeches(t.p)"),
    ("gw_directives", "SELECT count(*) FROM t, gw_directives(t.p)"),
    ("gw_numbers", "SELECT count(*) FROM t, gw_numbers(t.p)"),
    ("gw_quotes", "SELECT count(*) FROM t, gw_quotes(t.p)"),
    ("gw_sentences", "SELECT count(*) FROM t, gw_sentences(t.p)"),
    ("gw_words", "SELECT count(*) FROM t, gw_words(t.p)"),
    ("gw_tokens", "SELECT count(*) FROM t, gw_tokens(t.p)"),
    ("gw_overlap(x, x)", "SELECT count(*) FROM t, gw_overlap(t.p, t.p)"),
    ("gw_fold", "SELECT length(gw_fold(p)) FROM t"),
    ("gw_simplify", "SELECT length(gw_simplify(p)) FROM t"),
    ("gw_outline", "SELECT length(gw_outline(p)) FROM t"),
    ("gw_minhash", "SELECT length(gw_minhash(p)) FROM t"),
    ("gw_decode", "SELECT length(gw_decode(CAST(p AS BLOB))) FROM t"),
]


def one(page, sql):
    """Peak RSS (KiB) of one shell, measured in a grandchild of its own."""
    code = ("import resource,subprocess,sys;"
            "subprocess.run(['sqlite3',':memory:'],input=sys.stdin.buffer.read(),"
            "stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL);"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    script = (f".load {ROOT}/build/gongwen\n"
              f"CREATE TEMP TABLE t AS SELECT CAST(readfile('{page}') AS TEXT) AS p;\n{sql};\n")
    out = subprocess.run(["/usr/bin/python3", "-c", code], input=script.encode(),
                         capture_output=True, check=False)
    return int(out.stdout.decode().strip() or 0)


def run():
    mib = int(os.environ.get("RSS_MIB", "64"))
    pages = sorted(os.path.join(ROOT, "fixtures", "pages", f)
                   for f in os.listdir(os.path.join(ROOT, "fixtures", "pages")))
    with tempfile.NamedTemporaryFile(suffix=".txt", delete=False) as f:
        size, k = 0, 0
        while size < mib << 20:
            data = open(pages[k % len(pages)], "rb").read() + b"\n"
            f.write(data)
            size += len(data)
            k += 1
        path = f.name
    try:
        base = one(path, CALLS[0][1])
        print(f"\npeak RSS on a {size / 2**20:.0f} MiB page (less the shell with the page alone, "
              f"{base / 1024:.0f} MiB), as a multiple of the page:")
        for name, sql in CALLS[1:]:
            kib = one(path, sql)
            extra = max(kib - base, 0) / 1024
            print(f"  {name:20} {extra:9.0f} MiB  {extra / (size / 2**20):6.1f}×")
    finally:
        os.unlink(path)


if __name__ == "__main__":
    run()
