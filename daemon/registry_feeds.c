/*
 * registry_feeds.c — feeds and their periods: how many articles of each
 * feed are dated in each year, the years the bulk of a feed covers (which
 * place undated evidence in time, docs/REGISTRY.md rule 10), and the
 * guessed years after a feed's period, read as no date (docs/REGISTRY.md,
 * "Dates").  Writes only the counters and the "guessed" index itself; the
 * evidence a shelved article gave is redated by registry.c.
 */
#include "registry_int.h"
#include "xmalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The feeds' years: how many stored articles of each feed are dated in each
 * year ("year FEED YYYY" counters), so that evidence with no date of its
 * own can be placed in the period its feed covers (rule 10,
 * registry_query.c).  A feed is a source's leading name: "baomoi" of
 * "baomoi-21395276", "politics" of "politics/00435.txt", the host of a
 * URL; articles without a source make one feed of their own. */
static size_t reg_feed_key(const char *src, size_t len, char *out, size_t cap)
{
    size_t i = 0, n = 0;
    if (!src)
        len = 0;
    int host = 0;
    for (size_t j = 0; j + 3 <= len && j < 16 && !host; j++)
        if (!memcmp(src + j, "://", 3))
            host = 1, i = j + 3;
    for (; i < len && n + 1 < cap; i++) {
        unsigned char c = (unsigned char)src[i];
        if (c == '/' || c == ':' || c == ' ' || c == '@' || (!host && (c == '-' || c == '_')) ||
            (!host && c >= '0' && c <= '9'))
            break;
        out[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    out[n] = '\0';
    return n;
}

/* Count an article of a source and date in (delta +1) or out (-1).  A
 * date in the future counts as none, as everywhere (news does not report
 * from the future).  Never below zero: a store built before these counts
 * forgets articles it never counted. */
static int reg_counter_add(MDB_txn *txn, const char *name, int delta, tn_error *err)
{
    uint32_t n;
    if (reg_counter_get(txn, name, 0, &n, err) < 0)
        return -1;
    if (delta < 0 && n < (uint32_t)-delta)
        n = 0;
    else
        n = (uint32_t)((int64_t)n + delta);
    return reg_counter_set(txn, name, n, err);
}

/* A feed's period from its articles per year: the year by which a tenth
 * is reached to the year by which nine tenths are; 0 below REG_FEED_MIN. */
static int reg_feed_window(const uint32_t *count, uint64_t total, int *lo, int *hi)
{
    if (total < REG_FEED_MIN)
        return 0;
    uint64_t cum = 0;
    *lo = *hi = 0;
    for (int i = 0; i < REG_FEED_YEARS; i++) {
        cum += count[i];
        if (!*lo && cum * 10 >= total)
            *lo = REG_FEED_FIRST + i;
        if (!*hi && cum * 10 >= total * 9)
            *hi = REG_FEED_FIRST + i;
    }
    return 1;
}

static int reg_feed_period(MDB_txn *txn, const char *feed, int *lo, int *hi, tn_error *err);

/* Close one feed of registry_stats: {"dated_articles", "from", "to"}, the
 * period being the one the rules use (reg_feed_period: the articles whose
 * text states its year), not the window of every dated article. */
static void reg_feed_stat(MDB_txn *txn, json_t *feeds, const char *feed, uint32_t *count,
                          uint64_t total)
{
    int lo = 0, hi = 0;
    tn_error e;
    json_t *f = json_pack("{s:I}", "dated_articles", (json_int_t)total);
    if (f && reg_feed_period(txn, feed, &lo, &hi, &e) == 1) {
        json_object_set_new(f, "from", json_integer(lo));
        json_object_set_new(f, "to", json_integer(hi));
    }
    json_object_set_new(feeds, *feed ? feed : "(no source)", f);
    memset(count, 0, REG_FEED_YEARS * sizeof *count);
}

/* Every feed's dated articles and period (the "feeds" of stats). */
json_t *reg_feeds_json(MDB_txn *txn)
{
    json_t *feeds = json_object();
    uint32_t count[REG_FEED_YEARS] = {0};
    uint64_t total = 0;
    char feed[REG_FEED_KEY] = "";
    int have = 0;
    MDB_cursor *cur;
    if (!feeds || mdb_cursor_open(txn, reg_db.counters, &cur) != 0)
        return feeds;
    MDB_val k = reg_key_val("year "), v;
    int rc;
    for (rc = mdb_cursor_get(cur, &k, &v, MDB_SET_RANGE); rc == 0;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT)) {
        const char *kk = k.mv_data;
        if (k.mv_size < 10 || memcmp(kk, "year ", 5) != 0)
            break;
        size_t fl = k.mv_size - 10; /* "year " FEED " " YYYY */
        if (fl >= sizeof feed || kk[5 + fl] != ' ' || v.mv_size != 4)
            continue;
        if (have && (strlen(feed) != fl || memcmp(feed, kk + 5, fl) != 0)) {
            reg_feed_stat(txn, feeds, feed, count, total);
            total = 0;
        }
        memcpy(feed, kk + 5, fl);
        feed[fl] = '\0';
        have = 1;
        const char *d = kk + 6 + fl;
        int y = (d[0] - '0') * 1000 + (d[1] - '0') * 100 + (d[2] - '0') * 10 + (d[3] - '0');
        if (y >= REG_FEED_FIRST && y < REG_FEED_FIRST + REG_FEED_YEARS) {
            count[y - REG_FEED_FIRST] = reg_get_u32(v.mv_data);
            total += count[y - REG_FEED_FIRST];
        }
    }
    mdb_cursor_close(cur);
    if (have)
        reg_feed_stat(txn, feeds, feed, count, total);
    return feeds;
}

/* A feed's articles per year under one counter family ("year", "plain"):
 * the total, or -1 on error. */
static int64_t reg_feed_counts(MDB_txn *txn, const char *family, const char *feed,
                               uint32_t count[REG_FEED_YEARS], tn_error *err)
{
    uint64_t total = 0;
    char prefix[REG_FEED_KEY + 16];
    int pl = snprintf(prefix, sizeof prefix, "%s %s ", family, feed);
    memset(count, 0, REG_FEED_YEARS * sizeof *count);
    MDB_cursor *cur;
    int rc = mdb_cursor_open(txn, reg_db.counters, &cur);
    if (rc != 0)
        return reg_fail(err, "mdb_cursor_open(counters)", rc);
    MDB_val k = reg_key_val(prefix), v;
    for (rc = mdb_cursor_get(cur, &k, &v, MDB_SET_RANGE); rc == 0;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT)) {
        if (k.mv_size != (size_t)pl + 4 || memcmp(k.mv_data, prefix, (size_t)pl) != 0)
            break;
        const char *d = (const char *)k.mv_data + pl;
        int y = (d[0] - '0') * 1000 + (d[1] - '0') * 100 + (d[2] - '0') * 10 + (d[3] - '0');
        if (v.mv_size == 4 && y >= REG_FEED_FIRST && y < REG_FEED_FIRST + REG_FEED_YEARS) {
            count[y - REG_FEED_FIRST] = reg_get_u32(v.mv_data);
            total += count[y - REG_FEED_FIRST];
        }
    }
    mdb_cursor_close(cur);
    if (rc != 0 && rc != MDB_NOTFOUND)
        return reg_fail(err, "mdb_cursor_get(counters)", rc);
    return (int64_t)total;
}

/* Take a feed's articles whose year was guessed out of its per-year
 * counts (the "guessed" index lists them under "FEED YYYY"): what is left
 * are the articles whose text states its year.  The new total, or -1 on
 * error. */
static int64_t reg_feed_unguess(MDB_txn *txn, const char *feed, uint32_t count[REG_FEED_YEARS],
                                int64_t total, tn_error *err)
{
    char kb[REG_FEED_KEY + 8];
    int pl = snprintf(kb, sizeof kb, "%s ", feed);
    MDB_val k = {(size_t)pl, kb}, v;
    MDB_cursor *cur;
    int rc = mdb_cursor_open(txn, reg_db.guessed, &cur);
    if (rc != 0)
        return reg_fail(err, "mdb_cursor_open(guessed)", rc);
    for (rc = mdb_cursor_get(cur, &k, &v, MDB_SET_RANGE); rc == 0;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT_NODUP)) {
        if (k.mv_size != (size_t)pl + 4 || memcmp(k.mv_data, kb, (size_t)pl) != 0)
            break;
        const char *d = (const char *)k.mv_data + pl;
        int y = (d[0] - '0') * 1000 + (d[1] - '0') * 100 + (d[2] - '0') * 10 + (d[3] - '0');
        size_t n = 0;
        if ((rc = mdb_cursor_count(cur, &n)) != 0)
            break;
        if (y < REG_FEED_FIRST || y >= REG_FEED_FIRST + REG_FEED_YEARS)
            continue;
        /* never below zero: a store built before the counts */
        uint32_t have = count[y - REG_FEED_FIRST];
        uint32_t take = n < (size_t)have ? (uint32_t)n : have;
        count[y - REG_FEED_FIRST] -= take;
        total -= take;
    }
    mdb_cursor_close(cur);
    if (rc != 0 && rc != MDB_NOTFOUND)
        return reg_fail(err, "mdb_cursor_get(guessed)", rc);
    return total;
}

/* The years the bulk of a feed covers: from the year by which a tenth of
 * its dated articles is reached to the year by which nine tenths are.  1
 * with *lo and *hi set; 0 when fewer than REG_FEED_MIN of its articles are
 * dated (a small feed, or a store built before the counts: no period
 * known); -1 on error. */
static int reg_feed_period(MDB_txn *txn, const char *feed, int *lo, int *hi, tn_error *err)
{
    uint32_t count[REG_FEED_YEARS];
    /* an article with no date is like the feed's articles dated from
     * their text alone, not like those a page stamp or the caller dated:
     * a directory of 2017 pages without stamps and 2021 pages with them
     * places its undated pages in 2017, not 2016-2021 */
    int64_t total = reg_feed_counts(txn, "plain", feed, count, err);
    /* and of those, the ones whose text states the year: a guess is the
     * latest year a page writes, often a year of its history, so guesses
     * would pull the period back to the years they misread (a 2017 crawl
     * whose guesses spread over 2014-2016 reads as 2014-2017, and its
     * pages guessed 2015 are then believed; docs/REGISTRY.md, "Dates").
     * Where too few state their year, the guesses count as before. */
    if (total >= REG_FEED_MIN) {
        uint32_t stated[REG_FEED_YEARS];
        memcpy(stated, count, sizeof stated);
        int64_t left = reg_feed_unguess(txn, feed, stated, total, err);
        if (left < 0)
            return -1;
        if (left >= REG_FEED_MIN) {
            memcpy(count, stated, sizeof stated);
            total = left;
        }
    }
    if (total >= 0 && total < REG_FEED_MIN)
        total = reg_feed_counts(txn, "year", feed, count, err);
    if (total < 0)
        return -1;
    return reg_feed_window(count, (uint64_t)total, lo, hi);
}

int reg_feed_years(MDB_txn *txn, const char *source, size_t source_len, int *lo, int *hi,
                   tn_error *err)
{
    char feed[REG_FEED_KEY];
    reg_feed_key(source, source_len, feed, sizeof feed);
    return reg_feed_period(txn, feed, lo, hi, err);
}

/* ---- guessed years after the period ------------------------------------ */

/* The guessed years of a feed read as no date: those before the feed's
 * period (a 2017 crawl's page guessed 1911 from "Bác ra đi tìm đường cứu
 * nước vào ngày 5/6/1911", or 2013 from a past report, is of the period,
 * not of the year its history names) and those after it, up to the current
 * year (a live feed's guesses of this year are its news; a 2017 crawl's
 * guesses of 2019 are misreadings).  Years below *below and in [*from,
 * *to]; 0 for none (no period known).  0 or -1. */
static int reg_shelf_range(MDB_txn *txn, const char *feed, int *below, int *from, int *to,
                           tn_error *err)
{
    int lo, hi;
    *below = *from = *to = 0;
    int w = reg_feed_period(txn, feed, &lo, &hi, err);
    if (w < 0)
        return -1;
    int now = pdate_from_days(reg_today()).year;
    if (w == 1)
        *below = lo;
    if (w == 1 && hi + 1 <= now - 1) {
        *from = hi + 1;
        *to = now - 1;
    }
    return 0;
}

static int reg_shelf_has(int below, int from, int to, int year)
{
    return (below && year < below) || (from && year >= from && year <= to);
}

/* The "guessed" key of a feed's year: "FEED YYYY". */
static MDB_val reg_guessed_key(char *buf, size_t cap, const char *feed, int year)
{
    int n = snprintf(buf, cap, "%s %04d", feed, year);
    return (MDB_val){(size_t)n, buf};
}

/* Shelve or give back every article of a feed whose year was guessed as
 * year.  0 or -1. */
static int reg_shelf_year(MDB_txn *txn, const char *feed, int year, int shelve, tn_error *err)
{
    char kb[REG_FEED_KEY + 8];
    MDB_val k = reg_guessed_key(kb, sizeof kb, feed, year), v;
    unsigned char(*ids)[16] = NULL;
    size_t n = 0, cap = 0;
    MDB_cursor *cur;
    int rc = mdb_cursor_open(txn, reg_db.guessed, &cur);
    if (rc != 0)
        return reg_fail(err, "mdb_cursor_open(guessed)", rc);
    /* the ids first: the redating below writes the evidence databases */
    for (rc = mdb_cursor_get(cur, &k, &v, MDB_SET); rc == 0;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT_DUP)) {
        if (v.mv_size != 16)
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            ids = xreallocarray(ids, cap, sizeof *ids);
        }
        memcpy(ids[n++], v.mv_data, 16);
    }
    mdb_cursor_close(cur);
    if (rc != 0 && rc != MDB_NOTFOUND) {
        free(ids);
        return reg_fail(err, "mdb_cursor_get(guessed)", rc);
    }
    int ret = 0;
    for (size_t i = 0; i < n && ret == 0; i++)
        ret = reg_article_redate(txn, ids[i], shelve, err);
    free(ids);
    return ret;
}

/* After a feed's counts changed: when the years it shelves moved, shelve
 * or give back the articles of each year that changed sides; a new
 * article (id, its guessed year) in a year shelved before and after is
 * shelved alone.  The outcome is the same in any feeding order: every
 * guessed article ends on the side its feed's final period puts it. */
static int reg_shelf_settle(MDB_txn *txn, const char *feed, const unsigned char *id, int year,
                            tn_error *err)
{
    char name[REG_FEED_KEY + 16];
    uint32_t b0, f0, t0;
    int b1, f1, t1;
    snprintf(name, sizeof name, "shelf %s", feed);
    if (reg_counter_get(txn, name, 0, &f0, err) < 0)
        return -1;
    snprintf(name, sizeof name, "shelfto %s", feed);
    if (reg_counter_get(txn, name, 0, &t0, err) < 0)
        return -1;
    snprintf(name, sizeof name, "shelfbelow %s", feed);
    if (reg_counter_get(txn, name, 0, &b0, err) < 0 ||
        reg_shelf_range(txn, feed, &b1, &f1, &t1, err) < 0)
        return -1;
    if (id && reg_shelf_has((int)b0, (int)f0, (int)t0, year) && reg_shelf_has(b1, f1, t1, year) &&
        reg_article_redate(txn, id, 1, err) < 0)
        return -1;
    if ((int)b0 == b1 && (int)f0 == f1 && (int)t0 == t1)
        return 0;
    /* the years that may change sides: below the higher of the two lower
     * bounds, and the union of the two upper ranges */
    int lo = REG_FEED_FIRST + REG_FEED_YEARS, hi = 0;
    if (b0 || b1) {
        lo = REG_FEED_FIRST;
        hi = (int)b0 > b1 ? (int)b0 - 1 : b1 - 1;
    }
    if (f0) {
        lo = (int)f0 < lo ? (int)f0 : lo;
        hi = (int)t0 > hi ? (int)t0 : hi;
    }
    if (f1) {
        lo = f1 < lo ? f1 : lo;
        hi = t1 > hi ? t1 : hi;
    }
    for (int y = lo; y <= hi; y++) {
        int was = reg_shelf_has((int)b0, (int)f0, (int)t0, y), now = reg_shelf_has(b1, f1, t1, y);
        if (was != now && reg_shelf_year(txn, feed, y, now, err) < 0)
            return -1;
    }
    if (reg_counter_set(txn, name, (uint32_t)b1, err) < 0)
        return -1;
    snprintf(name, sizeof name, "shelfto %s", feed);
    if (reg_counter_set(txn, name, (uint32_t)t1, err) < 0)
        return -1;
    snprintf(name, sizeof name, "shelf %s", feed);
    return reg_counter_set(txn, name, (uint32_t)f1, err);
}

int registry_feed_count(MDB_txn *txn, const char *source, size_t source_len,
                        const unsigned char article_id[16], const pdate *date, int plain,
                        int guessed, int delta, tn_error *err)
{
    if (!date || date->prec == PDATE_NONE || date->year < REG_FEED_FIRST ||
        date->year >= REG_FEED_FIRST + REG_FEED_YEARS || pdate_first_day(date) > reg_today() + 1)
        return 0;
    char feed[REG_FEED_KEY], name[REG_FEED_KEY + 16];
    reg_feed_key(source, source_len, feed, sizeof feed);
    snprintf(name, sizeof name, "year %s %04d", feed, date->year);
    if (reg_counter_add(txn, name, delta, err) < 0)
        return -1;
    if (!plain)
        return 0;
    /* dated from the text alone, as an undated article would have been
     * had it written a day ("plain FEED YYYY") */
    snprintf(name, sizeof name, "plain %s %04d", feed, date->year);
    if (reg_counter_add(txn, name, delta, err) < 0)
        return -1;
    /* an article whose year was guessed is listed under its feed and year,
     * to be shelved or given back when the feed's period moves */
    MDB_val k = reg_guessed_key(name, sizeof name, feed, date->year);
    MDB_val v = {16, (void *)article_id};
    int rc = delta > 0 ? (guessed ? mdb_put(txn, reg_db.guessed, &k, &v, MDB_NODUPDATA) : 0)
                       : mdb_del(txn, reg_db.guessed, &k, &v);
    if (rc != 0 && rc != MDB_KEYEXIST && rc != MDB_NOTFOUND)
        return reg_fail(err, delta > 0 ? "mdb_put(guessed)" : "mdb_del(guessed)", rc);
    return reg_shelf_settle(txn, feed, delta > 0 && guessed ? article_id : NULL, date->year, err);
}
