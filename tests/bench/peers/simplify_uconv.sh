# name: peer: uconv -x Hant-Hans (same corpus)
uconv -f utf-8 -t utf-8 -x Hant-Hans "$CORPUS" >/dev/null
