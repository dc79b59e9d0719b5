-- schema.sql — the tables a corpus of scraped pages lives in.
-- Needs the extension loaded (.load build/gongwen). Safe to run again.

-- One row per file: its decoded text, or why it could not be decoded.
CREATE TABLE IF NOT EXISTS pages (
    name  TEXT PRIMARY KEY, -- file name, relative to the folder loaded
    page  TEXT,             -- the page as UTF-8 (gw_decode), NULL when undecodable
    error TEXT              -- why it could not be decoded, else NULL
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
