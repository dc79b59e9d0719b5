/*
 * tvf.c — the one adapter from parsers to eponymous table-valued functions.
 *
 *   SELECT d.* FROM speeches s, gw_directives(s.body) d;
 *
 * How it works: each function is a gw_table descriptor (tvf.h). Its schema is
 * built from the descriptor: the visible columns, then one HIDDEN column per
 * argument. xBestIndex insists on the required arguments: one present but
 * not usable yet is SQLITE_CONSTRAINT, so the planner tries another join
 * order; a plan without one costs so much that the planner only keeps it when
 * there is no other (for one branch of an OR it finds another), and running
 * it is an error naming the function and the argument. xFilter reads
 * the arguments (TEXT checked, BLOB decoded, or a BLOB's bytes as they are
 * for GW_PARAM_BLOB; NULL gives no rows), runs the parser once, and the
 * cursor walks the row array it returned.
 */
#include "tvf.h"
SQLITE_EXTENSION_INIT3

#include <stdlib.h>
#include <string.h>

#define GW_MAX_PARAMS 4
#define COPY_CHUNK    ((size_t)1 << 20) /* bytes of an argument copied between two checks */
#define GW_MISSING    (1 << 30) /* idxNum: a required argument is missing; bits 16.. say which */

/* A compiled argument shared by the table and the cursors that use it: it is
 * freed when the last of them lets it go. */
typedef struct gw_compiled {
    int refs;                    /* the table's reference and each cursor's */
    char *key;                   /* the argument's text it was compiled from */
    size_t n;                    /* its length in bytes */
    void *obj;                   /* what the compiler returned */
    const gw_compiler *compiler; /* how to free obj */
} gw_compiled;

static void compiled_unref(gw_compiled *c) {
    if (!c || --c->refs > 0) return;
    c->compiler->release(c->obj);
    free(c->key);
    free(c);
}

typedef struct gw_vtab {
    sqlite3_vtab base;    /* base class: must come first */
    const gw_table *desc; /* the function this table serves */
    gw_env *env;          /* the connection's state */
    gw_compiled *last;    /* the last compiled argument, kept for the next call */
    sqlite3 *db;          /* the connection, for gw_sql_interrupted */
} gw_vtab;

typedef struct gw_cursor {
    sqlite3_vtab_cursor base;   /* base class: must come first */
    gw_rows rows;               /* what the parser returned */
    size_t i;                   /* current row */
    gw_arg args[GW_MAX_PARAMS]; /* the arguments of this scan */
    char *owned[GW_MAX_PARAMS]; /* copies of the text arguments */
    gw_compiled *compiled;      /* the compiled argument this scan uses, or NULL */
} gw_cursor;

typedef struct gw_module {
    sqlite3_module module; /* the methods */
    const gw_table *desc;  /* the descriptor */
    gw_env *env;           /* the connection's state */
    int owns_env;          /* 1 for the one module that frees env with the connection */
} gw_module;

static int tvf_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
                       sqlite3_vtab **out, char **err) {
    (void)argc;
    (void)argv;
    gw_module *m = aux;
    const gw_table *t = m->desc;
    sqlite3_str *s = sqlite3_str_new(db);
    sqlite3_str_appendall(s, "CREATE TABLE x(");
    for (int i = 0; i < t->ncols; i++)
        sqlite3_str_appendf(s, "%s\"%w\"", i ? ", " : "", t->cols[i].name);
    for (int i = 0; i < t->nparams; i++)
        sqlite3_str_appendf(s, ", \"%w\" HIDDEN", t->params[i].name);
    sqlite3_str_appendall(s, ")");
    char *sql = sqlite3_str_finish(s);
    if (!sql) return SQLITE_NOMEM;
    int rc = sqlite3_declare_vtab(db, sql);
    sqlite3_free(sql);
    if (rc != SQLITE_OK) {
        *err = sqlite3_mprintf("%s: %s", t->name, sqlite3_errmsg(db));
        return rc;
    }
    sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
    gw_vtab *v = sqlite3_malloc(sizeof *v);
    if (!v) return SQLITE_NOMEM;
    memset(v, 0, sizeof *v);
    v->desc = t;
    v->env = m->env;
    v->db = db;
    *out = &v->base;
    return SQLITE_OK;
}

static int tvf_disconnect(sqlite3_vtab *v) {
    compiled_unref(((gw_vtab *)v)->last);
    sqlite3_free(v);
    return SQLITE_OK;
}

static int tvf_best_index(sqlite3_vtab *vt, sqlite3_index_info *info) {
    const gw_table *t = ((gw_vtab *)vt)->desc;
    int usable[GW_MAX_PARAMS], unusable[GW_MAX_PARAMS];
    for (int k = 0; k < t->nparams; k++)
        usable[k] = unusable[k] = -1;
    for (int i = 0; i < info->nConstraint; i++) {
        const struct sqlite3_index_constraint *c = &info->aConstraint[i];
        int k = c->iColumn - t->ncols;
        if (k < 0 || k >= t->nparams) continue;
        /* input = x and input IS x are the same call (IS NULL: no rows, as = NULL) */
        if (c->op != SQLITE_INDEX_CONSTRAINT_EQ && c->op != SQLITE_INDEX_CONSTRAINT_IS) continue;
        if (c->usable)
            usable[k] = i;
        else
            unusable[k] = i;
    }
    int mask = 0, argv_index = 0, missing = -1;
    for (int k = 0; k < t->nparams; k++) {
        if (usable[k] >= 0) {
            mask |= 1 << k;
            info->aConstraintUsage[usable[k]].argvIndex = ++argv_index;
            info->aConstraintUsage[usable[k]].omit = 1;
        } else if (unusable[k] >= 0) {
            return SQLITE_CONSTRAINT;
        } else if (t->params[k].required && missing < 0) {
            missing = k;
        }
    }
    info->idxNum = mask;
    info->estimatedCost = 1000.0;
    info->estimatedRows = 100;
    if (missing >= 0) {
        info->idxNum |= GW_MISSING | (missing << 16);
        info->estimatedCost = 1e300;
        info->estimatedRows = 2147483647;
    }
    return SQLITE_OK;
}

static int tvf_open(sqlite3_vtab *vt, sqlite3_vtab_cursor **out) {
    gw_cursor *c = sqlite3_malloc(sizeof *c);
    if (!c) return SQLITE_NOMEM;
    memset(c, 0, sizeof *c);
    gw_rows_init(&c->rows, ((gw_vtab *)vt)->desc->row_size);
    *out = &c->base;
    return SQLITE_OK;
}

static void cursor_reset(gw_cursor *c) {
    size_t size = c->rows.size;
    gw_rows_free(&c->rows);
    gw_rows_init(&c->rows, size);
    c->i = 0;
    compiled_unref(c->compiled);
    c->compiled = NULL;
    for (int k = 0; k < GW_MAX_PARAMS; k++) {
        free(c->owned[k]);
        c->owned[k] = NULL;
        memset(&c->args[k], 0, sizeof c->args[k]);
    }
}

static int tvf_close(sqlite3_vtab_cursor *cur) {
    gw_cursor *c = (gw_cursor *)cur;
    cursor_reset(c);
    gw_rows_free(&c->rows);
    sqlite3_free(c);
    return SQLITE_OK;
}

static int fail(gw_cursor *c, char *msg) {
    sqlite3_vtab *vt = c->base.pVtab;
    if (!msg) return SQLITE_NOMEM;
    sqlite3_free(vt->zErrMsg);
    vt->zErrMsg = msg;
    return SQLITE_ERROR;
}

/* The compiled form of the descriptor's compiled argument for this scan: the
 * table's last one when the argument's text is the same, else a new one that
 * becomes the table's last. */
static int compiled_arg(gw_vtab *vt, gw_cursor *c, gw_error *err) {
    const gw_compiler *cc = vt->desc->compiler;
    if (!cc || !c->args[cc->param].present) return GW_OK;
    const gw_arg *a = &c->args[cc->param];
    gw_compiled *last = vt->last;
    if (!last || last->n != a->n || memcmp(last->key, a->s, a->n) != 0) {
        gw_compiled *fresh = calloc(1, sizeof *fresh);
        char *key = malloc(a->n + 1);
        if (!fresh || !key) {
            free(fresh);
            free(key);
            return GW_ENOMEM;
        }
        memcpy(key, a->s, a->n);
        fresh->obj = cc->compile(a->s, a->n, err);
        if (!fresh->obj) {
            free(fresh);
            free(key);
            return err->code ? err->code : GW_ENOMEM;
        }
        fresh->refs = 1;
        fresh->key = key;
        fresh->n = a->n;
        fresh->compiler = cc;
        compiled_unref(vt->last);
        vt->last = last = fresh;
    }
    last->refs++;
    c->compiled = last;
    return GW_OK;
}

static int filter(sqlite3_vtab_cursor *cur, int idx_num, int argc, sqlite3_value **argv) {
    gw_cursor *c = (gw_cursor *)cur;
    gw_vtab *vt = (gw_vtab *)cur->pVtab;
    const gw_table *t = vt->desc;
    cursor_reset(c);
    if (idx_num & GW_MISSING) {
        const char *name = t->params[(idx_num >> 16) & 0xFF].name;
        sqlite3_str *s = sqlite3_str_new(NULL);
        sqlite3_str_appendf(s, "%s: missing argument '%s'; call it as %s(", t->name, name, t->name);
        for (int k = 0; k < t->nparams; k++)
            sqlite3_str_appendf(s, "%s%s%s", t->params[k].required ? "" : " [", k ? ", " : "",
                                t->params[k].name);
        for (int k = 0; k < t->nparams; k++)
            if (!t->params[k].required) sqlite3_str_appendall(s, "]");
        sqlite3_str_appendall(s, ")");
        return fail(c, sqlite3_str_finish(s));
    }
    int a = 0, empty = 0;
    for (int k = 0; k < t->nparams; k++) {
        if (!(idx_num & (1 << k))) continue; /* not given */
        if (a >= argc) break;
        sqlite3_value *v = argv[a++];
        if (t->params[k].type == GW_PARAM_INT) {
            if (sqlite3_value_type(v) == SQLITE_NULL) continue;
            if (sqlite3_value_type(v) != SQLITE_INTEGER)
                return fail(c, sqlite3_mprintf("%s: argument '%s' must be an integer", t->name,
                                               t->params[k].name));
            c->args[k].present = 1;
            c->args[k].i = sqlite3_value_int64(v);
            continue;
        }
        if (t->params[k].type == GW_PARAM_BLOB) {
            int type = sqlite3_value_type(v);
            if (type == SQLITE_NULL) {
                empty = 1;
                continue;
            }
            if (type != SQLITE_BLOB && type != SQLITE_TEXT)
                return fail(c, sqlite3_mprintf("%s: argument '%s' must be a BLOB", t->name,
                                               t->params[k].name));
            const void *p = sqlite3_value_blob(v);
            size_t n = (size_t)sqlite3_value_bytes(v);
            c->owned[k] = malloc(n + 1);
            if (!c->owned[k]) return SQLITE_NOMEM;
            if (n) memcpy(c->owned[k], p, n);
            c->owned[k][n] = 0;
            c->args[k].present = 1;
            c->args[k].s = c->owned[k];
            c->args[k].n = n;
            continue;
        }
        int type = sqlite3_value_type(v);
        if (t->nparams > 1 && type != SQLITE_TEXT && type != SQLITE_BLOB && type != SQLITE_NULL)
            return fail(c, sqlite3_mprintf("%s: argument '%s' must be text, not %s", t->name,
                                           t->params[k].name,
                                           type == SQLITE_INTEGER ? "an integer" : "a real"));
        gw_text text;
        char *msg;
        int rc = gw_sql_text(v, t->name, &text, &msg);
        if (rc == GW_TEXT_NULL) {
            empty = 1;
            continue;
        }
        if (rc == GW_TEXT_ERROR) return fail(c, msg);
        /* keep a copy: the rows point into it for the life of the cursor */
        if (text.owned) {
            c->owned[k] = text.owned;
        } else {
            c->owned[k] = malloc(text.n + 1);
            if (!c->owned[k]) return SQLITE_NOMEM;
            for (size_t i = 0; i < text.n; i += COPY_CHUNK) { /* cancellable */
                if (gw_cancelled(i)) return SQLITE_INTERRUPT;
                memcpy(c->owned[k] + i, text.s + i,
                       text.n - i > COPY_CHUNK ? COPY_CHUNK : text.n - i);
            }
            c->owned[k][text.n] = 0;
        }
        c->args[k].present = 1;
        c->args[k].s = c->owned[k];
        c->args[k].n = text.n;
    }
    if (empty) return SQLITE_OK;
    for (int k = 0; k < t->nparams; k++)
        if (t->params[k].required && !c->args[k].present) return SQLITE_OK;
    gw_error err = {0, 0, {0}};
    int rc = compiled_arg(vt, c, &err);
    if (rc != GW_OK) return rc == GW_ENOMEM ? SQLITE_NOMEM : fail(c, gw_sql_errmsg(t->name, &err));
    gw_args in = {c->args, t->nparams, vt->env, c->compiled ? c->compiled->obj : NULL};
    rc = t->parse(&in, &c->rows, &err);
    if (rc != GW_OK) {
        if (!err.code) err.code = rc;
        cursor_reset(c);
        if (err.code == GW_EINTR) return SQLITE_INTERRUPT;
        return fail(c, gw_sql_errmsg(t->name, &err));
    }
    return SQLITE_OK;
}

/* Reads the arguments and runs the parser, stoppable by sqlite3_interrupt. */
static int tvf_filter(sqlite3_vtab_cursor *cur, int idx_num, const char *idx_str, int argc,
                      sqlite3_value **argv) {
    (void)idx_str;
    gw_cancel cancel;
    gw_cancel_push(&cancel, gw_sql_interrupted, ((gw_vtab *)cur->pVtab)->db);
    int rc = filter(cur, idx_num, argc, argv);
    if (gw_cancel_pop(&cancel)) { /* whatever failed after that failed for it */
        cursor_reset((gw_cursor *)cur);
        rc = SQLITE_INTERRUPT;
    }
    return rc;
}

static int tvf_next(sqlite3_vtab_cursor *cur) {
    ((gw_cursor *)cur)->i++;
    return SQLITE_OK;
}

static int tvf_eof(sqlite3_vtab_cursor *cur) {
    gw_cursor *c = (gw_cursor *)cur;
    return c->i >= c->rows.n;
}

static int tvf_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *rowid) {
    *rowid = (sqlite3_int64)((gw_cursor *)cur)->i + 1;
    return SQLITE_OK;
}

static void result_str(sqlite3_context *ctx, const gw_str *s, int blob) {
    if (!s->p)
        sqlite3_result_null(ctx);
    else if (blob)
        sqlite3_result_blob64(ctx, s->p, s->n, SQLITE_TRANSIENT);
    else
        sqlite3_result_text64(ctx, s->p, s->n, SQLITE_TRANSIENT, SQLITE_UTF8);
}

static int tvf_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col) {
    gw_cursor *c = (gw_cursor *)cur;
    const gw_table *t = ((gw_vtab *)cur->pVtab)->desc;
    if (col >= t->ncols) {
        int k = col - t->ncols;
        const gw_arg *a = &c->args[k];
        if (!a->present)
            sqlite3_result_null(ctx);
        else if (t->params[k].type == GW_PARAM_INT)
            sqlite3_result_int64(ctx, a->i);
        else if (t->params[k].type == GW_PARAM_BLOB)
            sqlite3_result_blob64(ctx, a->s, a->n, SQLITE_TRANSIENT);
        else
            sqlite3_result_text64(ctx, a->s, a->n, SQLITE_TRANSIENT, SQLITE_UTF8);
        return SQLITE_OK;
    }
    const char *field = (const char *)gw_rows_at(&c->rows, c->i) + t->cols[col].offset;
    switch (t->cols[col].type) {
    case GW_COL_INT: {
        int64_t v;
        memcpy(&v, field, sizeof v);
        if (v == GW_NULL_INT)
            sqlite3_result_null(ctx);
        else
            sqlite3_result_int64(ctx, v);
        break;
    }
    case GW_COL_NUM: {
        gw_num v;
        memcpy(&v, field, sizeof v);
        gw_sql_result_num(ctx, &v);
        break;
    }
    case GW_COL_STR:
    case GW_COL_BLOB: {
        gw_str v;
        memcpy(&v, field, sizeof v);
        result_str(ctx, &v, t->cols[col].type == GW_COL_BLOB);
        break;
    }
    }
    return SQLITE_OK;
}

static void module_free(void *p) {
    gw_module *m = p;
    if (m->owns_env) gw_env_free(m->env);
    sqlite3_free(m);
}

int gw_tvf_register(sqlite3 *db, const gw_table *t, gw_env *env, int owns_env) {
    gw_module *m = sqlite3_malloc(sizeof *m);
    if (!m) {
        if (owns_env) gw_env_free(env);
        return SQLITE_NOMEM;
    }
    memset(m, 0, sizeof *m);
    m->desc = t;
    m->env = env;
    m->owns_env = owns_env;
    m->module.iVersion = 0;
    m->module.xCreate = NULL; /* eponymous only */
    m->module.xConnect = tvf_connect;
    m->module.xBestIndex = tvf_best_index;
    m->module.xDisconnect = tvf_disconnect;
    m->module.xOpen = tvf_open;
    m->module.xClose = tvf_close;
    m->module.xFilter = tvf_filter;
    m->module.xNext = tvf_next;
    m->module.xEof = tvf_eof;
    m->module.xColumn = tvf_column;
    m->module.xRowid = tvf_rowid;
    if (t->nparams > GW_MAX_PARAMS) {
        module_free(m);
        return SQLITE_MISUSE;
    }
    return sqlite3_create_module_v2(db, t->name, &m->module, m, module_free);
}
