"""Reads infracost golden files: one record per priced line (resource, path of names, quantity,
unit, monthly cost; or the rate a line without usage shows), with the golden's commit date."""
import re

import common

RESOURCE = re.compile(r"^ (aws_\S+|module\.\S+)\s*$")
BRANCH = re.compile(r"^ ((?:[│ ]  )*)([├└]─ )(.*)$")
PRICED = re.compile(r"^(.*?)\s{2,}([\d,.]+)\s+(\S.*?)\s+\$([\d,.]+)(\s+\*)?\s*$")
RATE_ONLY = re.compile(r"^(.*?)\s{2,}Monthly cost depends on usage: \$([\d,.]+) per (.*?)\s*$")


def read(gitdir, commit, testdata):
    files = [f for f in common.git(gitdir, "ls-tree", "-r", "--name-only", commit, testdata).split()
             if f.endswith(".golden")]
    out = []
    for f in files:
        test = f.split("/")[-2]
        date = common.commit_date(gitdir, commit, f)
        resource, path = None, []
        for line in common.show(gitdir, commit, f).splitlines():
            m = RESOURCE.match(line)
            if m:
                resource, path = m.group(1), []
                continue
            m = BRANCH.match(line)
            if not (m and resource):
                continue
            depth = len(m.group(1)) // 3
            rest = m.group(3)
            path = path[:depth]
            priced, rate_only = PRICED.match(rest), RATE_ONLY.match(rest)
            if priced:
                path.append(priced.group(1).strip())
                out.append(dict(test=test, date=date, res=resource, path=" > ".join(path),
                                qty=priced.group(2).replace(",", ""), unit=priced.group(3),
                                cost=priced.group(4).replace(",", "")))
            elif rate_only:
                path.append(rate_only.group(1).strip())
                out.append(dict(test=test, date=date, res=resource, path=" > ".join(path), qty="", unit=rate_only.group(3),
                                cost="", rate=rate_only.group(2).replace(",", "")))
            else:
                path.append(rest.strip())
    return out
