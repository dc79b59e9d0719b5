-- schema.sql — the tables a corpus of scraped pages lives in.
-- Needs the extension loaded (.load build/gongwen). Safe to run again.

-- One row per page file loaded (*.txt, *.html, *.htm): its decoded text, or
-- why there is none. sql/load.sql fills it.
CREATE TABLE IF NOT EXISTS pages (
    name    TEXT PRIMARY KEY, -- the file's path relative to the folder loaded: sub/001.txt
    format  TEXT,             -- 'text' (*.txt) or 'html' (*.html, *.htm)
    charset TEXT,             -- what the file was read in (gw_charset), NULL without text
    bytes   INTEGER,          -- the file's size
    hash    TEXT,             -- SHA3-256 of the file's bytes: a file loaded again is read
                              -- again only when it changed
    page    TEXT,             -- the page as UTF-8 (gw_decode), NULL without text
    error   TEXT,             -- 'empty file', or why it could not be decoded; else NULL
    loaded  TEXT              -- when this content was loaded (UTC)
);

-- One row per speech: gw_speeches() of every page, kept.
CREATE TABLE IF NOT EXISTS speeches (
    id        INTEGER PRIMARY KEY,
    page      TEXT NOT NULL REFERENCES pages(name) ON DELETE CASCADE,
    idx       INTEGER NOT NULL, -- place on the page
    title     TEXT,
    speaker   TEXT,
    occasion  TEXT,
    published TEXT,             -- YYYY-MM-DD
    level     TEXT,             -- 省 市 县 区 州 旗
    script    TEXT,             -- Hans / Hant
    truncated INTEGER,
    body      TEXT,
    pos       INTEGER,          -- span of the speech on its page
    len       INTEGER,
    UNIQUE (page, idx)
);
