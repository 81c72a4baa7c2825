/*
 * registry_changes.c — the change feed: every change to a tenure, in commit
 * order, kept in the store so a cursor survives restarts.
 *
 * Owns the "changes" database (8-byte big-endian sequence -> one change
 * record) and its two sides:
 *   - reg_change_note, called by reg_tenure_put / reg_tenure_del
 *     (registry.c) inside the writer's transaction, so a change is stored
 *     exactly when the tenure change commits (an aborted request leaves
 *     none).  Kinds: "new" (a tenure first seen), "ended" (its end became
 *     bounded), "bounds" (any other change of its four bounds), "removed"
 *     (forget, merge or split took its last evidence).  A new sighting that
 *     moves no bound is not a change; one commit keeps one record per
 *     tenure (its final state: ingest then succession move it twice).
 *   - registry_changes, the "changes" method: the records after a cursor,
 *     with names resolved at read time.
 * Record layout: seq(8) -> kind(1) person(4) post(4) time(8, unix seconds)
 * and the new bounds s1 s2 e1 e2 (4 each, biased days as elsewhere).
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "registry_int.h"

#define CHG_REC_LEN (1 + 4 + 4 + 8 + 16)
#define CHG_LIMIT_MAX 10000

static const char *const chg_kind_names[] = {"new", "ended", "bounds", "removed"};

static void chg_put_u64(unsigned char *p, uint64_t v)
{
    for (int i = 7; i >= 0; i--) {
        p[i] = (unsigned char)(v & 0xff);
        v >>= 8;
    }
}

static uint64_t chg_get_u64(const unsigned char *p)
{
    uint64_t v = 0;
    for (int i = 0; i < 8; i++)
        v = v << 8 | p[i];
    return v;
}

/* The last sequence number stored (0 when none); -1 on error. */
static int chg_last(MDB_txn *txn, uint64_t *seq, tn_error *err)
{
    MDB_cursor *cur;
    MDB_val k, v;
    int rc = mdb_cursor_open(txn, reg_db.changes, &cur);
    if (rc != 0)
        return reg_fail(err, "mdb_cursor_open(changes)", rc);
    rc = mdb_cursor_get(cur, &k, &v, MDB_LAST);
    mdb_cursor_close(cur);
    if (rc == MDB_NOTFOUND) {
        *seq = 0;
        return 0;
    }
    if (rc != 0)
        return reg_fail(err, "mdb_cursor_get(changes)", rc);
    *seq = k.mv_size == 8 ? chg_get_u64(k.mv_data) : 0;
    return 0;
}

/* The write transaction that last noted a change and the first sequence
 * it wrote (writer thread only): one commit keeps one record per tenure,
 * its final state, even when ingest and succession move it twice. */
static size_t chg_txnid;
static uint64_t chg_first;

/* Kind after a second change in the same transaction. */
static int chg_merge_kind(int before, int now)
{
    if (now == REG_CHANGE_REMOVED || before == REG_CHANGE_NEW)
        return now == REG_CHANGE_REMOVED ? REG_CHANGE_REMOVED : REG_CHANGE_NEW;
    if (before == REG_CHANGE_ENDED || now == REG_CHANGE_ENDED)
        return REG_CHANGE_ENDED;
    return REG_CHANGE_BOUNDS;
}

/* This transaction's record of (person, post): its sequence into *seq and
 * its kind into *kind (1), or 0 when none. */
static int chg_find_in_txn(MDB_txn *txn, uint64_t last, uint32_t person, uint32_t post,
                           uint64_t *seq, int *kind, tn_error *err)
{
    MDB_cursor *cur;
    int rc = mdb_cursor_open(txn, reg_db.changes, &cur);
    if (rc != 0)
        return reg_fail(err, "mdb_cursor_open(changes)", rc);
    unsigned char k0[8];
    chg_put_u64(k0, chg_first);
    MDB_val k = {8, k0}, v;
    int found = 0;
    for (rc = mdb_cursor_get(cur, &k, &v, MDB_SET_RANGE); rc == 0 && !found;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT)) {
        const unsigned char *d = v.mv_data;
        if (k.mv_size != 8 || chg_get_u64(k.mv_data) > last)
            break;
        if (v.mv_size == CHG_REC_LEN && reg_get_u32(d + 1) == person &&
            reg_get_u32(d + 5) == post) {
            *seq = chg_get_u64(k.mv_data);
            *kind = d[0];
            found = 1;
        }
    }
    mdb_cursor_close(cur);
    if (!found && rc != 0 && rc != MDB_NOTFOUND)
        return reg_fail(err, "mdb_cursor_get(changes)", rc);
    return found;
}

int reg_change_note(MDB_txn *txn, uint32_t person, uint32_t post, const tb_tenure *old,
                    const tb_tenure *now, tn_error *err)
{
    int kind;
    /* every tenure put or removed, moved bound or not (registry_summary.c) */
    reg_summary_touch(txn, person, post);
    if (!now)
        kind = REG_CHANGE_REMOVED;
    else if (!old)
        kind = REG_CHANGE_NEW;
    else if (old->s1 == now->s1 && old->s2 == now->s2 && old->e1 == now->e1 && old->e2 == now->e2)
        return 0;
    else if (old->e2 == TB_OPEN_HI && now->e2 != TB_OPEN_HI)
        kind = REG_CHANGE_ENDED;
    else
        kind = REG_CHANGE_BOUNDS;
    uint64_t last, seq;
    if (chg_last(txn, &last, err) < 0)
        return -1;
    seq = last + 1;
    size_t id = mdb_txn_id(txn);
    unsigned int flags = MDB_APPEND;
    if (id != chg_txnid) {
        chg_txnid = id;
        chg_first = last + 1;
    } else {
        int before = REG_CHANGE_BOUNDS,
            f = chg_find_in_txn(txn, last, person, post, &seq, &before, err);
        if (f < 0)
            return -1;
        if (f) {
            kind = chg_merge_kind(before, kind);
            flags = 0;
        } else
            seq = last + 1;
    }
    const tb_tenure *t = now ? now : old;
    unsigned char k[8], v[CHG_REC_LEN];
    chg_put_u64(k, seq);
    v[0] = (unsigned char)kind;
    reg_put_u32(v + 1, person);
    reg_put_u32(v + 5, post);
    chg_put_u64(v + 9, (uint64_t)time(NULL));
    reg_put_day(v + 17, t->s1);
    reg_put_day(v + 21, t->s2);
    reg_put_day(v + 25, t->e1);
    reg_put_day(v + 29, t->e2);
    MDB_val key = {8, k}, val = {CHG_REC_LEN, v};
    int rc = mdb_put(txn, reg_db.changes, &key, &val, flags);
    if (rc != 0)
        return reg_fail(err, "mdb_put(changes)", rc);
    return 0;
}

json_t *registry_changes(MDB_txn *txn, long long since, int limit, tn_error *err)
{
    if (limit <= 0)
        limit = 100;
    if (limit > CHG_LIMIT_MAX)
        limit = CHG_LIMIT_MAX;
    if (since < 0)
        since = 0;
    uint64_t latest;
    if (chg_last(txn, &latest, err) < 0)
        return NULL;
    MDB_cursor *cur;
    int rc = mdb_cursor_open(txn, reg_db.changes, &cur);
    if (rc != 0) {
        reg_fail(err, "mdb_cursor_open(changes)", rc);
        return NULL;
    }
    unsigned char k0[8];
    chg_put_u64(k0, (uint64_t)since + 1);
    MDB_val k = {8, k0}, v;
    json_t *out = json_array();
    uint64_t next = (uint64_t)since;
    for (rc = mdb_cursor_get(cur, &k, &v, MDB_SET_RANGE);
         rc == 0 && json_array_size(out) < (size_t)limit;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT)) {
        if (k.mv_size != 8 || v.mv_size != CHG_REC_LEN)
            continue;
        const unsigned char *d = v.mv_data;
        uint64_t seq = chg_get_u64(k.mv_data);
        uint32_t person = reg_get_u32(d + 1), post = reg_get_u32(d + 5);
        json_t *pn = reg_person_name(txn, person), *ps = reg_post_label(txn, post);
        json_array_append_new(
            out, json_pack("{s:I,s:s,s:I,s:o,s:I,s:o,s:I,s:{s:o,s:o},s:{s:o,s:o}}", "seq",
                           (json_int_t)seq, "kind", chg_kind_names[d[0] & 3], "person_id",
                           (json_int_t)person, "person", pn ? pn : json_null(), "post_id",
                           (json_int_t)post, "position", ps ? ps : json_null(), "time",
                           (json_int_t)chg_get_u64(d + 9), "start", "after",
                           reg_day_json(reg_get_day(d + 17)), "before",
                           reg_day_json(reg_get_day(d + 21)), "end", "after",
                           reg_day_json(reg_get_day(d + 25)), "before",
                           reg_day_json(reg_get_day(d + 29))));
        next = seq;
    }
    mdb_cursor_close(cur);
    if (rc != 0 && rc != MDB_NOTFOUND) {
        json_decref(out);
        reg_fail(err, "mdb_cursor_get(changes)", rc);
        return NULL;
    }
    return json_pack("{s:o,s:I,s:I}", "changes", out, "next", (json_int_t)next, "latest",
                     (json_int_t)latest);
}
