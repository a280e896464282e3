"""Shared helpers of the price-figure extractors: git access, palette choices, exact rates, output."""
import json
import subprocess
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FIGURES = REPO / "src/test/resources/cost/figures"


def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir", str(gitdir), *args], check=True, capture_output=True,
                          text=True).stdout


def show(gitdir, commit, path):
    return git(gitdir, "show", f"{commit}:{path}")


def commit_date(gitdir, commit, path=None):
    """The date (YYYY-MM-DD) of the last commit at or before `commit` that touched `path`."""
    args = ["log", "-1", "--format=%cs", commit]
    if path:
        args += ["--", path]
    return git(gitdir, *args).strip()


def head(gitdir):
    return git(gitdir, "rev-parse", "HEAD").strip()


def palette_choices(entry_id, prop):
    """The values a choice property of a palette entry offers (instance types, DB classes …)."""
    for f in sorted((REPO / "palettes").glob("*.json")):
        if f.name in ("pricing.json", "index.json", "styles.json"):
            continue
        for e in json.loads(f.read_text()).get("entries", []):
            if e["id"] == entry_id:
                for p in e.get("properties", []):
                    if p["name"] == prop:
                        return list(p["values"])
    raise KeyError(f"{entry_id}.{prop}")


def palette_regions():
    return palette_choices("region", "region")


def plain(d):
    s = format(Decimal(str(d) if isinstance(d, float) else d).normalize(), "f")
    return "0" if Decimal(s) == 0 else s


def exact_rate(cost, qty, div=1):
    """The unit price behind a monthly cost printed to the cent: the roundest decimal that gives it back.

    Goldens print costs to the cent, so cost / quantity is rarely the list price itself
    (16.43 / 730 = 0.022506…, 1.88 / 3,000,000 = 0.000000627…). The list price is the roundest rate
    whose cost rounds to the same cent: the fewest decimals first, and at equal decimals one ending
    in 5 (0.0225, 0.000000625) before any other.
    """
    cost, qty = Decimal(cost), Decimal(qty)
    raw = cost / qty
    lo, hi = (cost - Decimal("0.005")) / qty, (cost + Decimal("0.005")) / qty
    for places in range(1, 16):
        for step in (Decimal(5).scaleb(-places), Decimal(1).scaleb(-places)):
            first = (lo / step).to_integral_value(rounding="ROUND_CEILING")
            candidates = [k * step for k in range(int(first), int(first) + 3) if lo <= k * step < hi]
            if candidates:
                best = min(candidates, key=lambda c: abs(c - raw))
                return plain(best / Decimal(div))
    raise ValueError(f"no exact rate for {cost} / {qty}")


def write(name, sources, figures, note):
    """Writes one figures file: the sources table, then one figure a line (diffs stay readable)."""
    FIGURES.mkdir(parents=True, exist_ok=True)
    lines = ["{", '  "note": ' + json.dumps(note) + ",", '  "sources": {']
    items = sorted(sources.items())
    lines += [f"    {json.dumps(k)}: {json.dumps(v, sort_keys=True)}" + ("," if i < len(items) - 1 else "")
              for i, (k, v) in enumerate(items)]
    lines += ["  },", '  "figures": [']
    figures = sorted(figures, key=lambda f: json.dumps(f, sort_keys=True))
    lines += ["    " + json.dumps(f, sort_keys=True) + ("," if i < len(figures) - 1 else "")
              for i, f in enumerate(figures)]
    lines += ["  ]", "}", ""]
    (FIGURES / name).write_text("\n".join(lines))
    print(f"{name}: {len(figures)} figures from {len(sources)} sources")


def figure(service, dimension, unit, src, prices, **properties):
    f = {"service": service, "dimension": dimension, "unit": unit, "src": src, "prices": prices}
    if properties:
        f["properties"] = properties
    return f
