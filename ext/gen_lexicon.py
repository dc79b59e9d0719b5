#!/usr/bin/python3
"""gen_lexicon.py — builds the lexicon tables of lexicon.c and words.c from
jieba's data files at build time (nothing generated is committed).

    /usr/bin/python3 ext/gen_lexicon.py JIEBA_DIR SUPPLEMENT OUT_DIR   → OUT_DIR/lexicon_tables.c

JIEBA_DIR is the directory of Debian's python3-jieba package
(/usr/lib/python3/dist-packages/jieba): dict.txt (word, frequency, part of
speech), analyse/idf.txt (word, inverse document frequency) and
finalseg/prob_*.py (the hidden Markov model of word-internal positions).
The data files are read as data: nothing of jieba is imported or run.
SUPPLEMENT (ext/lexicon_supplement.txt) holds the words of today's official
language that dict.txt lacks (疫情防控, 核酸检测 …), in jieba's user
dictionary format "word freq tag": they are added after dict.txt as
jieba.load_userdict adds them (the word's frequency replaced, the total
increased).

What it writes (see ext/lexicon_tables.h):

  - a trie over code points holding every prefix of every word of dict.txt
    and idf.txt, nodes numbered breadth first so that the children of node i
    are the nodes gw_lexd_base[i] .. gw_lexd_base[i + 1] - 1, sorted by code
    point; for each node its code point (2 bytes: every character of both
    files is in the BMP) and one 32-bit word of facts: the index of its
    frequency (13 bits), of its tag (6 bits), of its IDF (12 bits), and
    whether it is a key of jieba's prefix dictionary (a word of dict.txt or
    a prefix of one);
  - an index from each BMP code point to its one-character node;
  - for the nodes with more than FANOUT children, an open-addressing hash
    of their edges (parent, code point) → child, so that a step from 的 or
    中 (hundreds of children) is one or two probes, not a binary search;
  - the distinct frequencies, their natural logarithms (as hex floats, so C
    reads the very doubles Python computes), the distinct IDF values, the
    tags, the sum of all frequencies and the median IDF;
  - the HMM: start, transition and emission log probabilities of the
    states B, E, M, S, the emissions as one row per character.

The big arrays are written as string literals of little-endian bytes: gcc
reads a string literal much faster than the same bytes as a list of numbers.
"""
import math
import os
import runpy
import sys

MIN_FLOAT = -3.14e100
STATES = "BEMS"  # sorted: jieba breaks ties by the greater state letter
HAN_LO, HAN_HI = 0x4E00, 0x9FD5  # the characters jieba's HMM reads

FREQ_BITS, TAG_BITS, IDF_BITS = 13, 6, 12
# A node with more than FANOUT children finds them through the edge hash
# (lexicon_tables.h); one with fewer, by scanning their characters.
FANOUT = 8
HASH_BITS = 19


def edge_hash(parent, cp):
    """The slot of the edge (parent, cp): lexicon.h computes the same."""
    return (((parent * 0x9E3779B1) ^ (cp * 0x85EBCA77)) & 0xFFFFFFFF) >> (32 - HASH_BITS)


def read_dict(path):
    """Like jieba's gen_pfdict: the last line of a word wins, every line
    counts in the total."""
    freq, tag, total = {}, {}, 0
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            parts = line.strip().split(" ")
            if len(parts) < 2:
                sys.exit("%s:%d: expected 'word freq [tag]'" % (path, lineno))
            w, fq = parts[0], int(parts[1])
            freq[w] = fq
            total += fq
            tag[w] = parts[2] if len(parts) > 2 else ""
    return freq, tag, total


def read_idf(path):
    idf = {}
    with open(path, encoding="utf-8") as f:
        for line in f.read().splitlines():
            w, v = line.strip().split(" ")
            idf[w] = float(v)
    median = sorted(idf.values())[len(idf) // 2]
    return idf, median


def c_bytes(data, width=96):
    """A C string literal (several, concatenated) holding data exactly."""
    out = []
    line = []
    n = 0
    for b in data:
        if 32 <= b < 127 and b not in (34, 39, 63, 92):  # not " ' ? \
            line.append(chr(b))
            n += 1
        else:
            line.append("\\%03o" % b)
            n += 4
        if n >= width:
            out.append('"' + "".join(line) + '"')
            line, n = [], 0
    if line or not out:
        out.append('"' + "".join(line) + '"')
    return "\n".join(out)


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: gen_lexicon.py JIEBA_DIR SUPPLEMENT OUT_DIR")
    jdir, supplement, outdir = sys.argv[1:4]
    freq, tag, total = read_dict(os.path.join(jdir, "dict.txt"))
    sfreq, stag, stotal = read_dict(supplement)
    for w in sfreq:
        if not stag[w]:
            sys.exit("gen_lexicon.py: %s: %s needs a tag" % (supplement, w))
    freq.update(sfreq)
    tag.update(stag)
    total += stotal
    idf, median = read_idf(os.path.join(jdir, "analyse", "idf.txt"))
    hmm = {}
    for name in ("start", "trans", "emit"):
        hmm[name] = runpy.run_path(os.path.join(jdir, "finalseg", "prob_%s.py" % name))["P"]

    # the nodes: every prefix of every word; in_freq marks jieba's FREQ keys
    in_freq = set()
    for w in freq:
        for i in range(1, len(w) + 1):
            in_freq.add(w[:i])
    children = {"": set()}
    for w in list(freq) + list(idf):
        for i in range(1, len(w) + 1):
            p = w[:i]
            if p in children:
                continue
            children[p] = set()
            children[w[: i - 1]].add(p)
    for p in children:
        if any(ord(c) > 0xFFFF for c in p):
            sys.exit("gen_lexicon.py: %r is outside the BMP" % p)

    order = [""]
    base = []
    i = 0
    while i < len(order):
        base.append(len(order))
        order.extend(sorted(children[order[i]], key=lambda s: ord(s[-1])))
        i += 1
    base.append(len(order))
    nnodes = len(order)

    freqs = sorted({f for f in freq.values() if f > 0})
    tags = sorted({t for t in tag.values() if t})
    idfs = sorted(set(idf.values()))
    if len(freqs) >= 1 << FREQ_BITS or len(tags) >= 1 << TAG_BITS or len(idfs) >= 1 << IDF_BITS:
        sys.exit("gen_lexicon.py: too many distinct values for the node layout")
    fidx = {f: k + 1 for k, f in enumerate(freqs)}
    tidx = {t: k + 1 for k, t in enumerate(tags)}
    iidx = {v: k + 1 for k, v in enumerate(idfs)}

    label = bytearray()
    info = bytearray()
    for p in order:
        label += (ord(p[-1]) if p else 0).to_bytes(2, "little")
        x = 0
        if freq.get(p, 0) > 0:
            x |= fidx[freq[p]]
            if tag.get(p):
                x |= tidx[tag[p]] << FREQ_BITS
        if p in idf:
            x |= iidx[idf[p]] << (FREQ_BITS + TAG_BITS)
        if p in in_freq:
            x |= 1 << 31
        info += x.to_bytes(4, "little")
    basebytes = bytearray()
    for b in base:
        basebytes += b.to_bytes(4, "little")
    slots = [0] * (1 << HASH_BITS)
    mask = (1 << HASH_BITS) - 1
    for parent in range(nnodes):
        if base[parent + 1] - base[parent] <= FANOUT:
            continue
        for child in range(base[parent], base[parent + 1]):
            i = edge_hash(parent, ord(order[child][-1]))
            while slots[i]:
                i = (i + 1) & mask
            slots[i] = child
    hashbytes = bytearray()
    for c in slots:
        hashbytes += c.to_bytes(4, "little")
    root = bytearray(65536 * 4)
    for k in range(base[0], base[1]):
        cp = ord(order[k])
        root[cp * 4 : cp * 4 + 4] = k.to_bytes(4, "little")

    emit = hmm["emit"]
    chars = sorted({c for s in STATES for c in emit[s] if HAN_LO <= ord(c) <= HAN_HI})
    erow = {c: k + 1 for k, c in enumerate(chars)}
    eindex = bytearray()
    for cp in range(HAN_LO, HAN_HI + 1):
        eindex += erow.get(chr(cp), 0).to_bytes(2, "little")

    def d(x):
        return float(x).hex()

    with open(os.path.join(outdir, "lexicon_tables.c"), "w", encoding="utf-8") as o:
        w = o.write
        w("/* Generated by ext/gen_lexicon.py from jieba's dict.txt, idf.txt and finalseg: do not edit. */\n")
        w('#include "lexicon_tables.h"\n\n')
        w("const uint32_t gw_lexd_nnodes = %d;\n" % nnodes)
        w("const uint64_t gw_lexd_total = %d;\n" % total)
        w("const double gw_lexd_median_idf = %s; /* %r */\n" % (d(median), median))
        w("const uint32_t gw_lexd_freq[%d] = {0,\n" % (len(freqs) + 1))
        w(",\n".join(str(f) for f in freqs) + "};\n")
        w("const double gw_lexd_logfreq[%d] = {0x0p+0,\n" % (len(freqs) + 1))
        w(",\n".join(d(math.log(f)) for f in freqs) + "};\n")
        w("const double gw_lexd_idf[%d] = {0x0p+0,\n" % (len(idfs) + 1))
        w(",\n".join(d(v) for v in idfs) + "};\n")
        w("const char *const gw_lexd_tags[%d] = {NULL,\n" % (len(tags) + 1))
        w(",\n".join('"%s"' % t for t in tags) + "};\n")
        w("const unsigned char gw_lexd_label[%d] =\n%s;\n" % (len(label) + 1, c_bytes(label)))
        w("const unsigned char gw_lexd_info[%d] =\n%s;\n" % (len(info) + 1, c_bytes(info)))
        w("const unsigned char gw_lexd_base[%d] =\n%s;\n" % (len(basebytes) + 1, c_bytes(basebytes)))
        w("const unsigned char gw_lexd_root[%d] =\n%s;\n" % (len(root) + 1, c_bytes(root)))
        w("const unsigned char gw_lexd_edges[%d] =\n%s;\n" % (len(hashbytes) + 1, c_bytes(hashbytes)))
        w("\n/* the HMM, states in the order B, E, M, S */\n")
        w("const double gw_hmm_start[4] = {%s};\n" % ", ".join(d(hmm["start"][s]) for s in STATES))
        w("const double gw_hmm_trans[4][4] = {\n")
        for s in STATES:
            row = hmm["trans"][s]
            w("    {%s},\n" % ", ".join(d(row.get(t, MIN_FLOAT)) for t in STATES))
        w("};\n")
        w("const unsigned char gw_hmm_emit_index[%d] =\n%s;\n" % (len(eindex) + 1, c_bytes(eindex)))
        w("const double gw_hmm_emit[%d][4] = {{%s},\n" % (len(chars) + 1, ", ".join([d(MIN_FLOAT)] * 4)))
        w(
            ",\n".join(
                "{%s}" % ", ".join(d(emit[s].get(c, MIN_FLOAT)) for s in STATES) for c in chars
            )
        )
        w("};\n")


if __name__ == "__main__":
    main()
