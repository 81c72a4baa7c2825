/*
 * store.c — the LMDB environment and the article records (see store.h).
 *
 * Owns the environment handle, the "meta" and "articles" databases, the
 * schema check, map growth, article ids (SHA-256, from Nettle, of the
 * normalized text) and the binary record
 * layout.  Does not own the registry's databases (daemon/registry.c) nor
 * the transactions of requests (rpc.c, writer.c).
 *
 * Article record (big-endian), then the variable parts in this order:
 *   0 u8 record version (1)   1 u8 date precision   2 u8 date source  3 u8 0
 *   4 u16 year  6 u8 month  7 u8 day   8 i64 ingest time (Unix seconds)
 *  16 u32 text bytes  20 u32 extraction bytes  24 u16 source bytes
 *  26 u16 title bytes  28 u32 0 | source | title | text | extraction JSON
 */
#include "store.h"

#include "log.h"
#include "tenure/utf8.h"
#include "xmalloc.h"

#include <errno.h>
#include <nettle/sha2.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <time.h>
#include <utf8proc.h>

#define RECORD_VERSION 1
#define RECORD_HEADER 32

static MDB_env *store_envp;
static MDB_dbi dbi_meta, dbi_articles;
static uint64_t map_size_now, map_size_cap;
static char store_data_path[4096]; /* DIR/data.mdb, for stats */
static pthread_rwlock_t resize_lock = PTHREAD_RWLOCK_INITIALIZER;

/* ---------------------------------------------------------------- errors */

/* Whether the filesystem holding the store is (nearly) full: less than
 * 1 MiB left for us.  A write to a full filesystem through LMDB's map, or
 * its fsync, can fail with EIO rather than ENOSPC. */
static int store_disk_full(void)
{
    struct statvfs vs;
    if (!store_data_path[0] || statvfs(store_data_path, &vs) != 0)
        return 0;
    return (uint64_t)vs.f_bavail * vs.f_frsize < (1u << 20);
}

/* Describe a failed mdb_* call; MAP_FULL/ENOSPC (and EIO on a full
 * filesystem) are "full", the rest errors. */
void store_mdb_error(tn_error *err, const char *call, int rc)
{
    if (rc == MDB_MAP_FULL || rc == MDB_TXN_FULL || rc == ENOSPC ||
        (rc == EIO && store_disk_full()))
        tn_error_set(err, TENURE_E_STORE_FULL, "store full: %s failed: %s", call, mdb_strerror(rc));
    else
        tn_error_set(err, TENURE_E_STORE_ERROR, "%s failed, error %d %s", call, rc,
                     mdb_strerror(rc));
}

/* The same failure as a start-up cause (store.h). */
char *store_mdb_cause(int rc, const char *fmt, ...)
{
    char call[160], *out;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(call, sizeof call, fmt, ap);
    va_end(ap);
    xasprintf(&out, "%s failed, error %d %s", call, rc, mdb_strerror(rc));
    return out;
}

/* ----------------------------------------------------------- environment */

/* Open the environment and its databases; check the schema. */
int store_open(const char *dir, uint64_t map_size, uint64_t map_size_max, store_open_fn more,
               char **cause)
{
    MDB_env *env;
    MDB_txn *txn;
    MDB_val key = {6, (void *)"schema"}, val;
    int rc;

    if ((rc = mdb_env_create(&env)) != 0) {
        *cause = store_mdb_cause(rc, "mdb_env_create");
        return -1;
    }
    if ((rc = mdb_env_set_maxdbs(env, 64)) != 0) {
        *cause = store_mdb_cause(rc, "mdb_env_set_maxdbs");
        goto env_close;
    }
    /* Many connections read on the loop and the writer writes on its own
     * thread: readers must not be tied to threads (MDB_NOTLS). */
    if ((rc = mdb_env_set_maxreaders(env, 256)) != 0) {
        *cause = store_mdb_cause(rc, "mdb_env_set_maxreaders");
        goto env_close;
    }
    if ((rc = mdb_env_set_mapsize(env, (size_t)map_size)) != 0) {
        *cause = store_mdb_cause(rc, "mdb_env_set_mapsize");
        goto env_close;
    }
    if ((rc = mdb_env_open(env, dir, MDB_NOTLS, 0600)) != 0) {
        *cause = store_mdb_cause(rc, "mdb_env_open");
        goto env_close;
    }
    /* Reader slots left by a process that died (kill -9) pin old pages
     * and would make the file grow: clear them before the first write. */
    int dead = 0;
    if ((rc = mdb_reader_check(env, &dead)) != 0) {
        *cause = store_mdb_cause(rc, "mdb_reader_check");
        goto env_close;
    }
    if (dead > 0)
        log_info("cleared %d stale reader slot(s) left by a dead process", dead);
    /* A store written with a larger map keeps its size. */
    MDB_envinfo info;
    if ((rc = mdb_env_info(env, &info)) != 0) {
        *cause = store_mdb_cause(rc, "mdb_env_info");
        goto env_close;
    }
    map_size_now = info.me_mapsize;
    map_size_cap = map_size_max > map_size_now ? map_size_max : map_size_now;

    if ((rc = mdb_txn_begin(env, NULL, 0, &txn)) != 0) {
        *cause = store_mdb_cause(rc, "mdb_txn_begin");
        goto env_close;
    }
    if ((rc = mdb_dbi_open(txn, "meta", MDB_CREATE, &dbi_meta)) != 0) {
        *cause = store_mdb_cause(rc, "mdb_dbi_open(meta)");
        goto txn_abort;
    }
    if ((rc = mdb_dbi_open(txn, "articles", MDB_CREATE, &dbi_articles)) != 0) {
        *cause = store_mdb_cause(rc, "mdb_dbi_open(articles)");
        goto txn_abort;
    }
    rc = mdb_get(txn, dbi_meta, &key, &val);
    if (rc == MDB_NOTFOUND) {
        unsigned char v[4] = {0, 0, 0, STORE_SCHEMA_VERSION};
        val.mv_size = 4;
        val.mv_data = v;
        if ((rc = mdb_put(txn, dbi_meta, &key, &val, 0)) != 0) {
            *cause = store_mdb_cause(rc, "mdb_put(meta schema)");
            goto txn_abort;
        }
    } else if (rc != 0) {
        *cause = store_mdb_cause(rc, "mdb_get(meta schema)");
        goto txn_abort;
    } else {
        const unsigned char *p = val.mv_data;
        uint32_t version =
            val.mv_size == 4
                ? ((uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3])
                : 0;
        if (version != STORE_SCHEMA_VERSION) {
            char buf[256];
            snprintf(buf, sizeof buf,
                     "store in %s has schema version %u; this tenured reads version %u only", dir,
                     version, STORE_SCHEMA_VERSION);
            *cause = xstrdup(buf);
            goto txn_abort;
        }
    }
    if (more && more(txn, cause) != 0)
        goto txn_abort;
    if ((rc = mdb_txn_commit(txn)) != 0) {
        *cause = store_mdb_cause(rc, "mdb_txn_commit");
        goto env_close;
    }
    store_envp = env;
    snprintf(store_data_path, sizeof store_data_path, "%s/data.mdb", dir);
    return 0;

txn_abort:
    mdb_txn_abort(txn);
env_close:
    mdb_env_close(env);
    return -1;
}

/* Close the environment. */
void store_close(void)
{
    if (store_envp) {
        mdb_env_close(store_envp);
        store_envp = NULL;
    }
}

/* The open environment. */
MDB_env *store_env(void)
{
    return store_envp;
}

/* Double the map, within the cap; readers are held off meanwhile because
 * mdb_env_set_mapsize remaps the file under every thread of the process. */
int store_grow(char **cause)
{
    if (map_size_now >= map_size_cap) {
        char buf[160];
        snprintf(buf, sizeof buf, "map size %llu bytes reached map_size_max",
                 (unsigned long long)map_size_now);
        *cause = xstrdup(buf);
        return -1;
    }
    uint64_t next = map_size_now * 2;
    if (next > map_size_cap)
        next = map_size_cap;
    pthread_rwlock_wrlock(&resize_lock);
    int rc = mdb_env_set_mapsize(store_envp, (size_t)next);
    pthread_rwlock_unlock(&resize_lock);
    if (rc != 0) {
        *cause = store_mdb_cause(rc, "mdb_env_set_mapsize");
        return -1;
    }
    map_size_now = next;
    return 0;
}

/* Current map size. */
uint64_t store_map_size(void)
{
    return map_size_now;
}

/* Bytes up to the last used page. */
uint64_t store_used_bytes(void)
{
    MDB_envinfo info;
    MDB_stat st;
    if (!store_envp || mdb_env_info(store_envp, &info) != 0 || mdb_env_stat(store_envp, &st) != 0)
        return 0;
    return (uint64_t)(info.me_last_pgno + 1) * st.ms_psize;
}

/* Bytes the data file occupies on disk (sparse: less than the map). */
uint64_t store_file_bytes(void)
{
    struct stat st;
    if (!store_data_path[0] || stat(store_data_path, &st) != 0)
        return 0;
    return (uint64_t)st.st_blocks * 512;
}

/* Shared side of the resize lock. */
void store_read_lock(void)
{
    pthread_rwlock_rdlock(&resize_lock);
}

/* Release the shared side. */
void store_read_unlock(void)
{
    pthread_rwlock_unlock(&resize_lock);
}

/* ------------------------------------------------------------------- ids */

/* Hex of an id. */
void store_article_id_hex(const unsigned char id[16], char out[33])
{
    static const char hex[] = "0123456789abcdef";
    for (int i = 0; i < 16; i++) {
        out[2 * i] = hex[id[i] >> 4];
        out[2 * i + 1] = hex[id[i] & 15];
    }
    out[32] = '\0';
}

/* Value of one hex digit, -1 if not one. */
static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Parse exactly 32 hex digits. */
int store_article_id_parse(const char *s, unsigned char id[16])
{
    if (!s || strlen(s) != 32)
        return -1;
    for (int i = 0; i < 16; i++) {
        int hi = hexval(s[2 * i]), lo = hexval(s[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return -1;
        id[i] = (unsigned char)(hi << 4 | lo);
    }
    return 0;
}

/* An id given whole or by a unique prefix (store.h). */
int store_article_id_prefix(MDB_txn *txn, const char *hex, unsigned char id[16], tn_error *err)
{
    size_t n = hex ? strlen(hex) : 0;
    if (n == 32)
        return store_article_id_parse(hex, id) == 0 ? 1 : -1;
    if (n < STORE_ARTICLE_PREFIX_MIN || n > 31)
        return -1;
    /* the prefix's bytes, the odd last digit as the high half of a byte */
    unsigned char lo[16] = {0};
    for (size_t i = 0; i < n; i++) {
        int v = hexval(hex[i]);
        if (v < 0)
            return -1;
        lo[i / 2] |= (unsigned char)(i % 2 ? v : v << 4);
    }
    MDB_cursor *cur;
    int rc = mdb_cursor_open(txn, dbi_articles, &cur);
    if (rc != 0) {
        store_mdb_error(err, "mdb_cursor_open(articles)", rc);
        return -1;
    }
    MDB_val k = {16, lo}, v;
    int found = 0;
    rc = mdb_cursor_get(cur, &k, &v, MDB_SET_RANGE);
    while (rc == 0 && found < 2) {
        const unsigned char *key = k.mv_data;
        int match = k.mv_size == 16 && memcmp(key, lo, n / 2) == 0 &&
                    (n % 2 == 0 || (key[n / 2] & 0xf0) == lo[n / 2]);
        if (!match)
            break;
        if (found++ == 0)
            memcpy(id, key, 16);
        rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT);
    }
    mdb_cursor_close(cur);
    if (rc != 0 && rc != MDB_NOTFOUND) {
        store_mdb_error(err, "mdb_cursor_get(articles)", rc);
        return -1;
    }
    return found;
}

/* --------------------------------------------------------------- SHA-256 */

/* SHA-256 of one buffer (Nettle; docs/DECISIONS.md). */
void store_sha256(const void *data, size_t len, unsigned char out[32])
{
    struct sha256_ctx c;
    sha256_init(&c);
    sha256_update(&c, len, data);
    sha256_digest(&c, SHA256_DIGEST_SIZE, out);
}

/* ---------------------------------------------------------- normalizing */

/* Whether a code point counts as white space for identity purposes: the
 * ASCII ones, NBSP, the Unicode space separators, line/paragraph
 * separators, and the invisible zero-width space and BOM that web copies
 * of Vietnamese articles carry. */
static int store_is_space(utf8proc_int32_t c)
{
    if (c == ' ' || (c >= 0x09 && c <= 0x0d) || c == 0x85 || c == 0xa0 || c == 0x1680 ||
        (c >= 0x2000 && c <= 0x200b) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f ||
        c == 0x3000 || c == 0xfeff)
        return 1;
    return 0;
}

/* Whether a code point is certainly NFC-stable in any context (Unicode
 * NFC_Quick_Check=Yes and not a combining mark): below U+0300 (ASCII,
 * Latin-1, Latin Extended-A/B), Latin Extended Additional U+1E00..U+1EFF
 * (every precomposed Vietnamese letter with its tone mark), general
 * punctuation U+2002..U+206F and currency signs (₫).  Anything else sends
 * the text through utf8proc. */
static int store_nfc_stable(uint32_t c)
{
    return c < 0x300 || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x2002 && c <= 0x206f) ||
           (c >= 0x20a0 && c <= 0x20cf);
}

/* Length of the NFC-stable code point at s[i] (store_nfc_stable), or 0
 * when it is not stable or not well-formed UTF-8 (decoded by the tree's
 * one decoder, include/tenure/utf8.h). */
static inline size_t store_stable_len(const unsigned char *s, size_t len, size_t i)
{
    uint32_t c;
    size_t k = tx_utf8_next(s, len, i, &c);
    return k && store_nfc_stable(c) ? k : 0; /* 4-byte sequences are never stable */
}

/* Whether text is valid UTF-8 made only of NFC-stable code points, so NFC
 * would return it unchanged (decoded by store_stable_len). */
static int store_is_plain_nfc(const unsigned char *s, size_t len)
{
    size_t k;
    for (size_t i = 0; i < len; i += k)
        if (!(k = store_stable_len(s, len, i)))
            return 0;
    return 1;
}

/* NFC, then white space runs to one space, trimmed: the definition of the
 * text an id hashes, kept as the reference store_article_id is checked
 * against (tests/unit/test_store.c). */
char *store_normalize_text(const char *text, size_t len, size_t *outlen)
{
    utf8proc_uint8_t *nfc = NULL;
    utf8proc_ssize_t n;
    if (store_is_plain_nfc((const unsigned char *)text, len)) {
        /* The common case (precomposed Vietnamese): NFC is the identity,
         * and utf8proc_map's decompose/recompose is most of the cost. */
        nfc = xmalloc(len + 1);
        memcpy(nfc, text, len);
        nfc[len] = '\0';
        n = (utf8proc_ssize_t)len;
    } else {
        n = utf8proc_map((const utf8proc_uint8_t *)text, (utf8proc_ssize_t)len, &nfc,
                         UTF8PROC_STABLE | UTF8PROC_COMPOSE);
        if (n < 0)
            return NULL;
    }
    /* Collapse in place: the output never grows. */
    utf8proc_ssize_t i = 0;
    size_t o = 0;
    int pending_space = 0;
    while (i < n) {
        utf8proc_int32_t c;
        utf8proc_ssize_t k = utf8proc_iterate(nfc + i, n - i, &c);
        if (k <= 0) { /* cannot happen after utf8proc_map; be safe */
            free(nfc);
            return NULL;
        }
        if (store_is_space(c)) {
            pending_space = o > 0;
        } else {
            if (pending_space)
                nfc[o++] = ' ';
            pending_space = 0;
            memmove(nfc + o, nfc + i, (size_t)k);
            o += (size_t)k;
        }
        i += k;
    }
    nfc[o] = '\0';
    *outlen = o;
    return (char *)nfc;
}

/* The normalized text on its way into the hash: white space collapsed as
 * it is written, 4 KiB at a time into SHA-256.  The last code point
 * written stays in the buffer (last_len bytes), so it can be taken back
 * when the marks after it turn out to compose with it. */
struct idnorm {
    struct sha256_ctx sha;
    size_t o;        /* bytes in out */
    size_t last_len; /* bytes of the last code point written, 0 if none */
    int any;         /* something written: a later space is not leading */
    int space;       /* a space is due before the next code point */
    unsigned char out[4096];
};

/* Write one code point's bytes (not white space). */
static void idnorm_put(struct idnorm *n, const unsigned char *p, size_t k)
{
    if (n->o + k + 1 > sizeof n->out) {
        /* Hash all but the last code point. */
        sha256_update(&n->sha, n->o - n->last_len, n->out);
        memmove(n->out, n->out + n->o - n->last_len, n->last_len);
        n->o = n->last_len;
    }
    if (n->space)
        n->out[n->o++] = ' ';
    n->space = 0;
    memcpy(n->out + n->o, p, k);
    n->o += k;
    n->last_len = k;
    n->any = 1;
}

/* Write a run of code points (not white space) whose last is lastk bytes. */
static void idnorm_run(struct idnorm *n, const unsigned char *p, size_t k, size_t lastk)
{
    if (n->o + k + 1 > sizeof n->out) {
        /* Nothing here can be taken back any more but the run's last code
         * point: hash the buffer, and the run but its tail when long. */
        sha256_update(&n->sha, n->o, n->out);
        n->o = 0;
        if (n->space) {
            sha256_update(&n->sha, 1, (const unsigned char *)" ");
            n->space = 0;
        }
        if (k + 1 > sizeof n->out) {
            sha256_update(&n->sha, k - lastk, p);
            p += k - lastk;
            k = lastk;
        }
    }
    if (n->space)
        n->out[n->o++] = ' ';
    n->space = 0;
    memcpy(n->out + n->o, p, k);
    n->o += k;
    n->last_len = lastk;
    n->any = 1;
}

/* White space: one space before the next code point, none leading. */
static void idnorm_space(struct idnorm *n)
{
    n->space = n->any;
    n->last_len = 0;
}

/* Whether a stable code point (decoded from p, k bytes) is white space:
 * the stable subset of store_is_space. */
static int store_stable_space(const unsigned char *p, size_t k)
{
    if (k == 2)
        return p[0] == 0xc2 && (p[1] == 0x85 || p[1] == 0xa0);
    /* U+2002..U+200B, U+2028, U+2029, U+202F, U+205F */
    return p[0] == 0xe2 && ((p[1] == 0x80 && ((p[2] >= 0x82 && p[2] <= 0x8b) || p[2] == 0xa8 ||
                                              p[2] == 0xa9 || p[2] == 0xaf)) ||
                            (p[1] == 0x81 && p[2] == 0x9f));
}

/* NFC of one segment (it begins at a starter and ends before a stable
 * code point, so NFC of the whole text is the NFC of its segments put
 * together), written through the collapse.  -1 on invalid UTF-8. */
static int idnorm_segment(struct idnorm *n, const unsigned char *seg, size_t len)
{
    const utf8proc_option_t opt = UTF8PROC_STABLE | UTF8PROC_COMPOSE;
    /* One spare slot: utf8proc_reencode ends its output with a NUL. */
    utf8proc_int32_t small[64];
    const utf8proc_ssize_t cap = (utf8proc_ssize_t)(sizeof small / sizeof *small) - 1;
    utf8proc_uint8_t *nfc = NULL, *out;
    utf8proc_ssize_t r = utf8proc_decompose(seg, (utf8proc_ssize_t)len, small, cap, opt);
    if (r < 0)
        return -1;
    if (r <= cap) {
        r = utf8proc_reencode(small, r, opt); /* composes, then UTF-8 in place */
        if (r < 0)
            return -1;
        out = (utf8proc_uint8_t *)small;
    } else {
        if ((r = utf8proc_map(seg, (utf8proc_ssize_t)len, &nfc, opt)) < 0)
            return -1;
        out = nfc;
    }
    for (utf8proc_ssize_t i = 0; i < r;) {
        utf8proc_int32_t c;
        utf8proc_ssize_t k = utf8proc_iterate(out + i, r - i, &c);
        if (k <= 0) { /* cannot happen after utf8proc; be safe */
            free(nfc);
            return -1;
        }
        if (store_is_space(c))
            idnorm_space(n);
        else
            idnorm_put(n, out + i, (size_t)k);
        i += k;
    }
    free(nfc);
    return 0;
}

/* Hash of the normalized text, first 16 bytes, in one pass and (but for
 * a segment over 63 code points) no allocation: stable code points (nearly all of a Vietnamese
 * article, be it precomposed) go straight through the collapse; only a segment around other code
 * points (combining marks, CJK, spaces such as U+3000) goes through utf8proc.  The same bytes as
 * store_normalize_text hashes (tests/unit/test_store.c checks it). */
int store_article_id(const char *text, size_t len, unsigned char id[16])
{
    const unsigned char *s = (const unsigned char *)text;
    struct idnorm st, *n = &st;
    sha256_init(&n->sha);
    n->o = n->last_len = 0;
    n->any = n->space = 0;
    size_t i = 0, prev = 0; /* prev: where the code point before i began */
    while (i < len) {
        /* A run of stable code points that are not white space: one copy. */
        size_t run = i, lastk = 0, k;
        while (i < len) {
            unsigned char c = s[i];
            if (c < 0x80) {
                if (c == ' ' || (c >= 0x09 && c <= 0x0d))
                    break;
                k = 1;
            } else if (!(k = store_stable_len(s, len, i)) || store_stable_space(s + i, k)) {
                break;
            }
            prev = i;
            lastk = k;
            i += k;
        }
        if (i > run)
            idnorm_run(n, s + run, i - run, lastk);
        if (i == len)
            break;
        if ((k = store_stable_len(s, len, i))) { /* stable white space */
            idnorm_space(n);
            prev = i;
            i += k;
            continue;
        }
        /* The segment starts at the starter before (marks compose with
         * it: take it back) unless that was white space or nothing. */
        size_t start = i;
        if (n->last_len && i > 0) {
            n->o -= n->last_len;
            n->last_len = 0;
            start = prev;
        }
        size_t end = i + 1;
        while (end < len && !store_stable_len(s, len, end))
            end++;
        if (idnorm_segment(n, s + start, end - start) != 0)
            return -1;
        i = end;
    }
    sha256_update(&n->sha, n->o, n->out);
    unsigned char digest[SHA256_DIGEST_SIZE];
    sha256_digest(&n->sha, sizeof digest, digest);
    memcpy(id, digest, 16);
    return 0;
}

/* -------------------------------------------------------------- records */

/* Big-endian 16-bit store. */
static void put16(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)(v >> 8);
    p[1] = (unsigned char)v;
}
/* Big-endian 32-bit store. */
static void put32(unsigned char *p, uint32_t v)
{
    put16(p, v >> 16);
    put16(p + 2, v & 0xffff);
}
/* Big-endian 16-bit load. */
static uint32_t get16(const unsigned char *p)
{
    return (uint32_t)p[0] << 8 | p[1];
}
/* Big-endian 32-bit load. */
static uint32_t get32(const unsigned char *p)
{
    return get16(p) << 16 | get16(p + 2);
}

/* Whether an article is stored. */
int store_article_exists(MDB_txn *txn, const unsigned char id[16], tn_error *err)
{
    MDB_val key = {16, (void *)id}, val;
    int rc = mdb_get(txn, dbi_articles, &key, &val);
    if (rc == 0)
        return 1;
    if (rc == MDB_NOTFOUND)
        return 0;
    store_mdb_error(err, "mdb_get(articles)", rc);
    return -1;
}

/* Lookup in a short read transaction of its own. */
int store_article_known(const unsigned char id[16])
{
    MDB_txn *txn;
    tn_error err = {0};
    store_read_lock();
    int rc = mdb_txn_begin(store_envp, NULL, MDB_RDONLY, &txn);
    if (rc != 0) {
        store_read_unlock();
        return -1;
    }
    rc = store_article_exists(txn, id, &err);
    mdb_txn_abort(txn);
    store_read_unlock();
    return rc;
}

/* Serialize and put one record, writing straight into the map (MDB_RESERVE). */
int store_article_put(MDB_txn *txn, const struct store_article *a, tn_error *err)
{
    if (a->text_len > UINT32_MAX || a->extraction_len > UINT32_MAX || a->source_len > 0xffff ||
        a->title_len > 0xffff) {
        tn_error_set(err, TENURE_E_INVALID_PARAMS, "article field too long for the record");
        return -1;
    }
    MDB_val key = {16, (void *)a->id}, val;
    val.mv_size = RECORD_HEADER + a->source_len + a->title_len + a->text_len + a->extraction_len;
    val.mv_data = NULL;
    int rc = mdb_put(txn, dbi_articles, &key, &val, MDB_RESERVE);
    if (rc != 0) {
        store_mdb_error(err, "mdb_put(articles)", rc);
        return -1;
    }
    unsigned char *p = val.mv_data;
    memset(p, 0, RECORD_HEADER);
    p[0] = RECORD_VERSION;
    p[1] = (unsigned char)a->date.prec;
    p[2] = (unsigned char)a->date_source;
    put16(p + 4, (uint32_t)a->date.year);
    p[6] = (unsigned char)a->date.month;
    p[7] = (unsigned char)a->date.day;
    uint64_t t = (uint64_t)a->ingested;
    put32(p + 8, (uint32_t)(t >> 32));
    put32(p + 12, (uint32_t)t);
    put32(p + 16, (uint32_t)a->text_len);
    put32(p + 20, (uint32_t)a->extraction_len);
    put16(p + 24, (uint32_t)a->source_len);
    put16(p + 26, (uint32_t)a->title_len);
    p += RECORD_HEADER;
    if (a->source_len)
        memcpy(p, a->source, a->source_len);
    p += a->source_len;
    if (a->title_len)
        memcpy(p, a->title, a->title_len);
    p += a->title_len;
    if (a->text_len)
        memcpy(p, a->text, a->text_len);
    p += a->text_len;
    if (a->extraction_len)
        memcpy(p, a->extraction, a->extraction_len);
    return 0;
}

/* Decode a record value; -1 when it is malformed. */
static int store_decode(const MDB_val *val, const unsigned char id[16], struct store_article *a)
{
    const unsigned char *p = val->mv_data;
    if (val->mv_size < RECORD_HEADER || p[0] != RECORD_VERSION)
        return -1;
    memset(a, 0, sizeof *a);
    memcpy(a->id, id, 16);
    a->date.prec = (enum pdate_precision)p[1];
    a->date_source = (enum store_date_source)p[2];
    a->date.year = (int16_t)get16(p + 4);
    a->date.month = (int8_t)p[6];
    a->date.day = (int8_t)p[7];
    a->ingested = (int64_t)((uint64_t)get32(p + 8) << 32 | get32(p + 12));
    a->text_len = get32(p + 16);
    a->extraction_len = get32(p + 20);
    a->source_len = get16(p + 24);
    a->title_len = get16(p + 26);
    if (RECORD_HEADER + a->source_len + a->title_len + a->text_len + a->extraction_len !=
        val->mv_size)
        return -1;
    const char *q = (const char *)p + RECORD_HEADER;
    a->source = q;
    q += a->source_len;
    a->title = q;
    q += a->title_len;
    a->text = q;
    q += a->text_len;
    a->extraction = q;
    return 0;
}

/* Read one record. */
int store_article_get(MDB_txn *txn, const unsigned char id[16], struct store_article *a,
                      tn_error *err)
{
    MDB_val key = {16, (void *)id}, val;
    int rc = mdb_get(txn, dbi_articles, &key, &val);
    if (rc == MDB_NOTFOUND)
        return 0;
    if (rc != 0) {
        store_mdb_error(err, "mdb_get(articles)", rc);
        return -1;
    }
    if (store_decode(&val, id, a) != 0) {
        tn_error_set(err, TENURE_E_STORE_ERROR, "article record is malformed");
        return -1;
    }
    return 1;
}

/* Whether a decoded record's text still hashes to its id. */
int store_article_check(const struct store_article *a, tn_error *err)
{
    unsigned char id[16];
    if (store_article_id(a->text, a->text_len, id) == 0 && memcmp(id, a->id, 16) == 0)
        return 0;
    char hex[33];
    store_article_id_hex(a->id, hex);
    tn_error_set(err, TENURE_E_CORRUPT,
                 "article %s is corrupt: its stored text no longer hashes to its id; run "
                 "\"tenure verify\" and restore from a backup (docs/OPERATIONS.md)",
                 hex);
    return -1;
}

/* Walk every record in id order. */
int store_article_walk(MDB_txn *txn, store_walk_fn fn, void *arg, tn_error *err)
{
    MDB_cursor *cur;
    MDB_val key, val;
    int rc = mdb_cursor_open(txn, dbi_articles, &cur);
    if (rc != 0) {
        store_mdb_error(err, "mdb_cursor_open(articles)", rc);
        return -1;
    }
    for (rc = mdb_cursor_get(cur, &key, &val, MDB_FIRST); rc == 0;
         rc = mdb_cursor_get(cur, &key, &val, MDB_NEXT)) {
        struct store_article a;
        int ok = key.mv_size == 16 && store_decode(&val, key.mv_data, &a) == 0;
        if (fn(arg, key.mv_size == 16 ? key.mv_data : NULL, ok ? &a : NULL) != 0)
            break;
    }
    mdb_cursor_close(cur);
    if (rc != 0 && rc != MDB_NOTFOUND) {
        store_mdb_error(err, "mdb_cursor_get(articles)", rc);
        return -1;
    }
    return 0;
}

/* Delete one record. */
int store_article_delete(MDB_txn *txn, const unsigned char id[16], tn_error *err)
{
    MDB_val key = {16, (void *)id};
    int rc = mdb_del(txn, dbi_articles, &key, NULL);
    if (rc == MDB_NOTFOUND) {
        char hex[33];
        store_article_id_hex(id, hex);
        tn_error_set(err, TENURE_E_NOT_FOUND, "no article %s", hex);
        return -1;
    }
    if (rc != 0) {
        store_mdb_error(err, "mdb_del(articles)", rc);
        return -1;
    }
    return 0;
}

/* JSON string from bytes, or null when empty. */
static json_t *store_jstr(const char *s, size_t len)
{
    return len ? json_stringn(s, len) : json_null();
}

/* Summary object of a decoded record. */
static json_t *store_summary_of(const struct store_article *a)
{
    static const char *const sources[] = {"none", "given", "text", "stamp"};
    char hex[33], date[11], stamp[32];
    struct tm tm;
    time_t t = (time_t)a->ingested;
    store_article_id_hex(a->id, hex);
    gmtime_r(&t, &tm);
    strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return json_pack(
        "{s:s, s:o, s:s, s:o, s:o, s:I, s:s}", "article", hex, "date",
        a->date.prec == PDATE_NONE ? json_null() : json_string(pdate_format(&a->date, date)),
        "date_source", a->date_source <= STORE_DATE_STAMP ? sources[a->date_source] : "none",
        "source", store_jstr(a->source, a->source_len), "title", store_jstr(a->title, a->title_len),
        "bytes", (json_int_t)a->text_len, "ingested", stamp);
}

/* Summary of one stored article. */
json_t *store_article_summary(MDB_txn *txn, const unsigned char article_id[16])
{
    struct store_article a;
    tn_error err = {0};
    if (store_article_get(txn, article_id, &a, &err) != 1)
        return NULL;
    return store_summary_of(&a);
}

/* A page of summaries, in id order. */
json_t *store_article_list(MDB_txn *txn, const unsigned char *after, size_t limit, tn_error *err)
{
    MDB_cursor *cur;
    MDB_val key, val;
    int rc = mdb_cursor_open(txn, dbi_articles, &cur);
    if (rc != 0) {
        store_mdb_error(err, "mdb_cursor_open(articles)", rc);
        return NULL;
    }
    json_t *list = json_array();
    if (after) {
        key.mv_size = 16;
        key.mv_data = (void *)after;
        rc = mdb_cursor_get(cur, &key, &val, MDB_SET_RANGE);
        /* Skip the `after` id itself: the page starts strictly past it. */
        if (rc == 0 && key.mv_size == 16 && memcmp(key.mv_data, after, 16) == 0)
            rc = mdb_cursor_get(cur, &key, &val, MDB_NEXT);
    } else {
        rc = mdb_cursor_get(cur, &key, &val, MDB_FIRST);
    }
    json_t *next = json_null();
    while (rc == 0) {
        struct store_article a;
        if (key.mv_size != 16 || store_decode(&val, key.mv_data, &a) != 0) {
            tn_error_set(err, TENURE_E_STORE_ERROR, "article record is malformed");
            goto cursor_close;
        }
        if (json_array_size(list) == limit) {
            /* One more exists: tell the caller where the next page starts. */
            char hex[33];
            json_t *last = json_array_get(list, limit - 1);
            snprintf(hex, sizeof hex, "%s", json_string_value(json_object_get(last, "article")));
            json_decref(next);
            next = json_string(hex);
            break;
        }
        json_array_append_new(list, store_summary_of(&a));
        rc = mdb_cursor_get(cur, &key, &val, MDB_NEXT);
    }
    if (rc != 0 && rc != MDB_NOTFOUND) {
        store_mdb_error(err, "mdb_cursor_get(articles)", rc);
        goto cursor_close;
    }
    mdb_cursor_close(cur);
    return json_pack("{s:o, s:o}", "articles", list, "next", next);

cursor_close:
    mdb_cursor_close(cur);
    json_decref(list);
    json_decref(next);
    return NULL;
}

/* Entry count of the articles database. */
uint64_t store_article_count(MDB_txn *txn)
{
    MDB_stat st;
    if (mdb_stat(txn, dbi_articles, &st) != 0)
        return 0;
    return st.ms_entries;
}
