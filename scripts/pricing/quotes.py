"""Figures quoted in public repository files that state their Region: a pricing guide, an API plans
file reconciled with AWS's pricing pages, and an AWS sample's node table. Each file is read at a
pinned commit and dated by that file's last commit; each rule checks the Region the file states
before it takes a price, so a file that changes its Region or wording fails the run instead of
giving a wrong figure.

    python3 scripts/pricing/extract.py quotes <aws.tf-modules.git> <kinesis.git> <amazon-dynamodb-tools.git>
"""
import re
from decimal import Decimal

import common

E1 = "us-east-1"
GUIDE = ("ibrahima1289/aws.tf-modules", "344df3f210a27463c03b5093bcbdd4d9674b1373", "aws-services-pricing-guide.md")
KINESIS = ("api-evangelist/kinesis", "5399578db899142d115c3fc25f081fcd33134897", "plans/kinesis-plans-pricing.yml")
DAX = ("awslabs/amazon-dynamodb-tools", "b3ef85a5d7746a0716b23dd659562bbc2fee7453", "tools/dax_calculator/README.md")


def extract(guide_git, kinesis_git, dax_git):
    sources, figures = {}, []
    guide(guide_git, sources, figures)
    kinesis(kinesis_git, sources, figures)
    dax(dax_git, sources, figures)
    common.write("quotes.json", sources, figures, "Prices quoted in public repository files that name their Region: "
                                                   "written by scripts/pricing/extract.py quotes")


def source(gitdir, pinned, title):
    repo, commit, path = pinned
    return {"title": f"{repo} {path}: {title}", "url": f"https://github.com/{repo}/blob/{commit[:12]}/{path}",
            "asOf": common.commit_date(gitdir, commit, path)}


def read(gitdir, pinned, must_say):
    text = common.show(gitdir, pinned[1], pinned[2])
    if must_say not in text:
        raise SystemExit(f"{pinned[0]} {pinned[2]} no longer says {must_say!r}: check its Region before using it")
    return text


def one(pattern, text, what):
    found = re.findall(pattern, text)
    if len(found) != 1:
        raise SystemExit(f"{what}: expected one match of {pattern!r}, found {found}")
    return found[0]


def per(amount, units):
    return common.plain(Decimal(amount) / Decimal(units))


def guide(gitdir, sources, figures):
    """The guide's X-Ray and FSx for Lustre rows ("Pricing Region: US East (N. Virginia) unless otherwise specified")."""
    text = read(gitdir, GUIDE, "**Pricing Region:** US East (N. Virginia) unless otherwise specified")
    src = "aws-pricing-guide"
    sources[src] = source(gitdir, GUIDE, "AWS Services Pricing Guide ('Last Updated: March 24, 2026', 'Pricing Region: "
                                         "US East (N. Virginia) unless otherwise specified'), quoting AWS's pricing pages")
    recorded = one(r"Traces recorded: \$(\d+\.\d+) per million", text, "X-Ray traces recorded")
    retrieved = one(r"Traces retrieved/scanned: \$(\d+\.\d+) per million", text, "X-Ray traces retrieved/scanned")
    figures.append(common.figure("xray", "recorded", "Traces", src, {E1: per(recorded, 1000000)}))
    figures.append(common.figure("xray", "retrieved", "Traces", src, {E1: per(retrieved, 1000000)}))
    # AWS's FSx for Lustre page prices scratch storage in one row; SCRATCH_2 is the scratch deployment it
    # offers today (SCRATCH_1 is the first generation, left without a figure rather than assumed equal)
    scratch = one(r"FSx for Lustre\*\*.*?• Scratch: \$(\d+\.\d+)/GB/month", text, "FSx for Lustre scratch")
    figures.append(common.figure("fsx-lustre", "scratch", "GB-Mo", src, {E1: common.plain(scratch)},
                                 deploymentType="SCRATCH_2"))


def kinesis(gitdir, sources, figures):
    """Data Firehose rows of the API Commons plans file ("Prices below are US-East-1 list rates", reconciled)."""
    text = read(gitdir, KINESIS, "Prices below are US-East-1 list rates")
    src = "api-evangelist-kinesis-plans"
    sources[src] = source(gitdir, KINESIS, "Amazon Data Firehose plan entries reconciled with "
                                           "aws.amazon.com/kinesis/data-firehose/pricing ('reconciled: true', "
                                           "'Prices below are US-East-1 list rates'); Direct PUT ingestion is the "
                                           "first-500 TB/month rate, applied here to every GB")

    def entry(name):
        block = one(r"name: " + name + r"\n((?:        .*\n)+?)        userMultiplied", text, name)
        if "geo: US-East-1" not in block:
            raise SystemExit(f"{KINESIS[2]}: {name} is not a US-East-1 entry")
        return one(r"price: '(\d+\.\d+)'", block, name)

    figures.append(common.figure("kinesis-firehose", "ingest", "GB", src, {E1: common.plain(entry("firehose_directput"))}))
    figures.append(common.figure("kinesis-firehose", "formatConversion", "GB", src,
                                 {E1: common.plain(entry("firehose_format_conversion"))}, formatConversion="PARQUET"))


def dax(gitdir, sources, figures):
    """The DAX calculator's node table ("Pricing based on AWS us-east-1 region"), an AWS Labs sample."""
    text = read(gitdir, DAX, "*Pricing based on AWS us-east-1 region.")
    src = "awslabs-dax-calculator"
    sources[src] = source(gitdir, DAX, "DAX Cluster Calculator node table, hourly cost per node ('Pricing based on "
                                       "AWS us-east-1 region'; an AWS Labs sample, added 2025-12-18). Newer than, and "
                                       "used instead of, scylladb/calculator src/config.js (2025-02-21: dax.r5.large "
                                       "$0.255/h), which names no Region")
    rows = dict(re.findall(r"^\| (dax\.[a-z0-9.]+) \| \d+ GB \| \$(\d+\.\d+) \|", text, re.M))
    for node in common.palette_choices("dax", "nodeType"):
        if node in rows:
            figures.append(common.figure("dax", "nodes", "Hrs", src, {E1: common.plain(rows[node])}, nodeType=node))
