/* test_store.c — article ids (SHA-256 vectors, normalization, hex), the
 * record round trip, listing pages, delete, the schema check and map
 * growth, on a temp LMDB environment. */
#include <lmdb.h>
#include <stdlib.h>
#include <utf8proc.h>
#include <unistd.h>

#include "store.h"
#include "test.h"

/* Hex of a digest for comparisons. */
static const char *hex32(const unsigned char *d)
{
    static char out[65];
    for (int i = 0; i < 32; i++)
        snprintf(out + 2 * i, 3, "%02x", d[i]);
    return out;
}

/* Put one article in its own write transaction. */
static int put_article(const char *text, const char *title)
{
    MDB_txn *txn;
    tn_error err = {0};
    struct store_article a = {0};
    if (store_article_id(text, strlen(text), a.id) != 0)
        return -1;
    a.text = text;
    a.text_len = strlen(text);
    a.title = title;
    a.title_len = title ? strlen(title) : 0;
    a.extraction = "{\"people\":[]}";
    a.extraction_len = strlen(a.extraction);
    a.ingested = 1700000000;
    pdate_parse("2024-07", &a.date);
    a.date_source = STORE_DATE_GIVEN;
    if (mdb_txn_begin(store_env(), NULL, 0, &txn) != 0)
        return -1;
    if (store_article_put(txn, &a, &err) != 0) {
        mdb_txn_abort(txn);
        return -1;
    }
    return mdb_txn_commit(txn) == 0 ? 0 : -1;
}

/* The id as defined: SHA-256 of store_normalize_text, first 16 bytes;
 * -1 on invalid UTF-8.  store_article_id computes it in one pass. */
static int ref_id(const char *text, size_t len, unsigned char id[16])
{
    size_t n;
    unsigned char d[32];
    char *norm = store_normalize_text(text, len, &n);
    if (!norm)
        return -1;
    store_sha256(norm, n, d);
    free(norm);
    memcpy(id, d, 16);
    return 0;
}

/* store_article_id agrees with the definition on text (both fail or both
 * give the same id). */
static int same_id(const char *text, size_t len)
{
    unsigned char a[16], b[16];
    int ra = store_article_id(text, len, a), rb = ref_id(text, len, b);
    if (ra != rb)
        return 0;
    return ra != 0 || memcmp(a, b, 16) == 0;
}

/* Random text from pieces that stress the one-pass id: white space of every
 * kind, combining marks after letters, spaces and other marks, precomposed
 * and decomposed Vietnamese, singletons, Hangul jamo, CJK, emoji, invalid
 * bytes. */
static size_t random_text(unsigned *seed, char *out, size_t cap)
{
    static const char *const pieces[] = {"a",
                                         "Z",
                                         " ",
                                         "  ",
                                         "\t",
                                         "\n",
                                         "\r\n",
                                         "\xc2\xa0",
                                         "\xc2\x85",
                                         "\xe2\x80\x8b",
                                         "\xe2\x80\x80",
                                         "\xe2\x80\x81",
                                         "\xe2\x80\xa8",
                                         "\xe2\x81\x9f",
                                         "\xe3\x80\x80",
                                         "\xef\xbb\xbf",
                                         "\xe1\x9a\x80",
                                         "\xcc\x80",
                                         "\xcc\x81",
                                         "\xcc\xa3",
                                         "\xcc\x89",
                                         "\xcc\x83",
                                         "\xcc\x82",
                                         "\xcc\x86",
                                         "\xcc\x9b",
                                         "o\xcc\x9b\xcc\x81",
                                         "e\xcc\x82\xcc\xa3",
                                         "\xe1\xbb\x87",
                                         "\xc6\xb0",
                                         "\xc4\x91",
                                         "\xe1\xbb\xa7",
                                         "\xe2\x84\xa6",
                                         "\xe2\x84\xaa",
                                         "\xe1\x84\x80",
                                         "\xe1\x85\xa1",
                                         "\xe1\x86\xa8",
                                         "\xea\xb0\x80",
                                         "\xe4\xb8\xad",
                                         "\xf0\x9f\x98\x80",
                                         "\xe2\x82\xab",
                                         "\xe2\x80\x9c",
                                         "\xff",
                                         "\xc3",
                                         "\xed\xa0\x80",
                                         "\xc0\xaf",
                                         "\xcd\x85",
                                         "\xd7\x90\xd6\xb8",
                                         "\x01",
                                         "Nguy\xe1\xbb\x85n"};
    size_t o = 0, np = sizeof pieces / sizeof pieces[0];
    int count = (int)(rand_r(seed) % 40);
    for (int i = 0; i < count; i++) {
        /* invalid pieces (the last six before "\x01") only now and then */
        size_t k = (size_t)rand_r(seed) % np;
        if (k >= np - 8 && k < np - 2 && rand_r(seed) % 8)
            k = 0;
        size_t l = strlen(pieces[k]);
        if (o + l >= cap)
            break;
        memcpy(out + o, pieces[k], l);
        o += l;
    }
    return o;
}

int main(void)
{
    unsigned char d[32], id[16], id2[16];
    char hex[33];

    /* FIPS 180-2 vectors */
    store_sha256("abc", 3, d);
    CHECK_STR(hex32(d), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    store_sha256("", 0, d);
    CHECK_STR(hex32(d), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    store_sha256(two, strlen(two), d);
    CHECK_STR(hex32(d), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    /* 55/56/64-byte edges of the padding */
    char a64[65];
    memset(a64, 'a', 64);
    store_sha256(a64, 55, d);
    CHECK_STR(hex32(d), "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
    store_sha256(a64, 56, d);
    CHECK_STR(hex32(d), "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
    store_sha256(a64, 64, d);
    CHECK_STR(hex32(d), "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");

    /* normalization: NFC, white space incl. NBSP/ZWSP/BOM collapsed, trimmed */
    size_t n;
    const char *messy = "\xef\xbb\xbf  Ho\xcc\x80\xc2\xa0 N\xe1\xbb\x99i\n\n";
    char *norm = store_normalize_text(messy, strlen(messy), &n);
    CHECK_STR(norm, "H\xc3\xb2 N\xe1\xbb\x99i"); /* "Hò Nội" composed */
    free(norm);
    CHECK(store_normalize_text("ab\xff", 3, &n) == NULL);

    /* the fast path (text already NFC) agrees with utf8proc on real text */
    const char *samples[] = {
        "Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương",
        "Giá 20.000₫ – “trích dẫn” … ‘đơn’ • kết thúc",
        ("Ho\xcc\x80"
         "a (combining grave)"),
        "Ω Ohm \xe2\x84\xa6 and K Kelvin \xe2\x84\xaa",
        "emoji \xf0\x9f\x98\x80 and CJK \xe4\xb8\xad",
        "Hangul \xea\xb0\x80"};
    for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
        utf8proc_uint8_t *ref = utf8proc_NFC((const utf8proc_uint8_t *)samples[i]);
        char *mine = store_normalize_text(samples[i], strlen(samples[i]), &n);
        CHECK_STR(mine, (const char *)ref);
        free(ref);
        free(mine);
    }
    CHECK(store_normalize_text("\xed\xa0\x80", 3, &n) == NULL); /* a surrogate */
    CHECK(store_normalize_text("\xc0\xaf", 2, &n) == NULL);     /* an overlong '/' */
    CHECK(store_normalize_text("\xe1\xbb", 2, &n) == NULL);     /* truncated */

    /* the same article, differently spaced or composed, has one id */
    const char *t1 = "Th\xe1\xbb\xa7 t\xc6\xb0\xe1\xbb\x9bng";
    const char *t2 = " Thu\xcc\x89  t\xc6\xb0\xe1\xbb\x9bng\n";
    const char *t3 = "Th\xe1\xbb\xa7 t\xc6\xb0\xe1\xbb\x9bng.";
    CHECK_INT(store_article_id(t1, strlen(t1), id), 0);
    CHECK_INT(store_article_id(t2, strlen(t2), id2), 0);
    CHECK(memcmp(id, id2, 16) == 0);
    CHECK_INT(store_article_id(t3, strlen(t3), id2), 0);
    CHECK(memcmp(id, id2, 16) != 0);
    CHECK_INT(store_article_id("\xc3", 1, id2), -1);

    /* the one-pass id hashes exactly the normalized text: ids of stored
     * articles never change */
    const char *tricky[] = {"",
                            " ",
                            "a",
                            "\xcc\x81",
                            " \xcc\x81",
                            "a\xcc\x81",
                            "a \xcc\x81",
                            "\xc2\xa0\xcc\x81x",
                            ("Ho\xcc\x80"
                             "a  Ho\xcc\x80"
                             "a"),
                            ("\xe3\x80\x80"
                             "a\xe3\x80\x80"),
                            "x\xe2\x80\x80y\xe2\x80\x81z",
                            "\xe1\x84\x80\xe1\x85\xa1\xe1\x86\xa8",
                            "\xef\xbb\xbf  Ho\xcc\x80\xc2\xa0 N\xe1\xbb\x99i\n\n",
                            "ab\xff",
                            "e\xcc\xa3\xcc\x82 \xe1\xbb\x87"};
    for (size_t i = 0; i < sizeof tricky / sizeof tricky[0]; i++)
        if (!same_id(tricky[i], strlen(tricky[i]))) {
            fprintf(stderr, "ids differ on tricky text %zu\n", i);
            CHECK(0);
        }
    /* past the 4 KiB buffer, and a segment of more than 63 code points */
    char *big = malloc(20000);
    CHECK(big != NULL);
    for (size_t i = 0; i < 20000; i++)
        big[i] = "abc \n"[i % 5];
    CHECK(same_id(big, 20000));
    size_t bl = 0;
    big[bl++] = 'a';
    for (int i = 0; i < 3000; i++) {
        memcpy(big + bl, i % 2 ? "\xe4\xb8\xad" : "\xcc\x81", i % 2 ? 3 : 2);
        bl += i % 2 ? 3 : 2;
    }
    CHECK(same_id(big, bl));
    for (size_t i = 0; i < 4500; i++)
        big[i] = i % 7 ? 'x' : ' ';
    memcpy(big + 4094, "o\xcc\x9b\xcc\x81", 5); /* a cluster across the flush */
    CHECK(same_id(big, 4500));
    free(big);
    unsigned seed = 6;
    char rnd[512];
    for (int i = 0; i < 20000; i++) {
        size_t len = random_text(&seed, rnd, sizeof rnd);
        if (!same_id(rnd, len)) {
            fprintf(stderr, "ids differ on random text %d (%zu bytes)\n", i, len);
            CHECK(0);
            break;
        }
    }
    /* and a fixed id, so a change to the definition cannot go unnoticed */
    CHECK_INT(store_article_id(t1, strlen(t1), id), 0);
    store_article_id_hex(id, hex);
    CHECK_STR(hex, "1fd02bc1d3942ae59bf20e9e399a1739");

    /* hex round trip; malformed ids refused */
    store_article_id_hex(id, hex);
    CHECK_INT(strlen(hex), 32);
    CHECK_INT(store_article_id_parse(hex, id2), 0);
    CHECK(memcmp(id, id2, 16) == 0);
    CHECK_INT(store_article_id_parse("abc", id2), -1);
    CHECK_INT(store_article_id_parse("zz0102030405060708090a0b0c0d0e0f", id2), -1);
    CHECK_INT(store_article_id_parse("000102030405060708090a0b0c0d0e0f0", id2), -1);

    /* a store in a temp dir */
    char dir[] = "/tmp/test_store.XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char *cause = NULL;
    CHECK_INT(store_open(dir, 1u << 20, 1u << 22, NULL, &cause), 0);
    CHECK_INT(put_article("first article", "Title one"), 0);
    CHECK_INT(put_article("second article", NULL), 0);
    CHECK_INT(put_article("third article", NULL), 0);

    MDB_txn *txn;
    tn_error err = {0};
    struct store_article a;
    CHECK_INT(mdb_txn_begin(store_env(), NULL, MDB_RDONLY, &txn), 0);
    CHECK_INT(store_article_count(txn), 3);
    store_article_id("first article", 13, id);
    CHECK_INT(store_article_exists(txn, id, &err), 1);
    CHECK_INT(store_article_get(txn, id, &a, &err), 1);
    CHECK_INT(a.text_len, 13);
    CHECK(memcmp(a.text, "first article", 13) == 0);
    CHECK_INT(a.title_len, 9);
    CHECK_INT(a.date.year, 2024);
    CHECK_INT(a.date.month, 7);
    CHECK_INT(a.date.prec, PDATE_MONTH);
    CHECK_INT(a.ingested, 1700000000);
    json_t *s = store_article_summary(txn, id);
    CHECK_STR(json_string_value(json_object_get(s, "date")), "2024-07");
    CHECK_STR(json_string_value(json_object_get(s, "date_source")), "given");
    CHECK_STR(json_string_value(json_object_get(s, "title")), "Title one");
    CHECK(json_is_null(json_object_get(s, "source")));
    CHECK_INT(json_integer_value(json_object_get(s, "bytes")), 13);
    CHECK_STR(json_string_value(json_object_get(s, "ingested")), "2023-11-14T22:13:20Z");
    json_decref(s);

    /* pages of 2: ids ascending, "next" chains the pages */
    json_t *page = store_article_list(txn, NULL, 2, &err);
    CHECK_INT(json_array_size(json_object_get(page, "articles")), 2);
    const char *next = json_string_value(json_object_get(page, "next"));
    CHECK(next != NULL);
    unsigned char after[16];
    CHECK_INT(store_article_id_parse(next, after), 0);
    json_t *page2 = store_article_list(txn, after, 2, &err);
    CHECK_INT(json_array_size(json_object_get(page2, "articles")), 1);
    CHECK(json_is_null(json_object_get(page2, "next")));
    const char *x = json_string_value(
        json_object_get(json_array_get(json_object_get(page, "articles"), 1), "article"));
    const char *y = json_string_value(
        json_object_get(json_array_get(json_object_get(page2, "articles"), 0), "article"));
    CHECK(strcmp(x, y) < 0);
    json_decref(page);
    json_decref(page2);
    mdb_txn_abort(txn);

    /* delete; deleting again is NOT_FOUND */
    CHECK_INT(mdb_txn_begin(store_env(), NULL, 0, &txn), 0);
    CHECK_INT(store_article_delete(txn, id, &err), 0);
    CHECK_INT(store_article_delete(txn, id, &err), -1);
    CHECK_INT(err.code, TENURE_E_NOT_FOUND);
    CHECK_INT(mdb_txn_commit(txn), 0);

    /* growth doubles up to the cap, then refuses */
    CHECK_INT(store_map_size(), 1u << 20);
    CHECK_INT(store_grow(&cause), 0);
    CHECK_INT(store_map_size(), 1u << 21);
    CHECK_INT(store_grow(&cause), 0);
    CHECK_INT(store_grow(&cause), -1);
    CHECK(cause && strstr(cause, "map_size_max"));
    free(cause);
    cause = NULL;

    /* MAP_FULL maps to STORE_FULL, other errors to STORE_ERROR */
    store_mdb_error(&err, "mdb_put", MDB_MAP_FULL);
    CHECK_INT(err.code, TENURE_E_STORE_FULL);
    CHECK(strstr(err.message, "mdb_put") != NULL);
    store_mdb_error(&err, "mdb_get", MDB_CORRUPTED);
    CHECK_INT(err.code, TENURE_E_STORE_ERROR);
    store_close();

    /* reopening keeps the data; a newer schema is refused clearly */
    CHECK_INT(store_open(dir, 1u << 20, 1u << 22, NULL, &cause), 0);
    CHECK_INT(mdb_txn_begin(store_env(), NULL, 0, &txn), 0);
    CHECK_INT(store_article_count(txn), 2);
    MDB_dbi meta;
    CHECK_INT(mdb_dbi_open(txn, "meta", 0, &meta), 0);
    unsigned char v[4] = {0, 0, 0, 99};
    MDB_val k = {6, "schema"}, val = {4, v};
    CHECK_INT(mdb_put(txn, meta, &k, &val, 0), 0);
    CHECK_INT(mdb_txn_commit(txn), 0);
    store_close();
    CHECK_INT(store_open(dir, 1u << 20, 1u << 22, NULL, &cause), -1);
    CHECK(cause && strstr(cause, "schema version 99"));
    free(cause);

    char cmd[64];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    CHECK_INT(system(cmd), 0);
    /* the one LMDB error wrapper: requests get a tn_error, start-up a cause */
    {
        tn_error e = {0};
        store_mdb_error(&e, "mdb_get(x)", MDB_NOTFOUND);
        CHECK_INT(e.code, TENURE_E_STORE_ERROR);
        store_mdb_error(&e, "mdb_put(x)", MDB_MAP_FULL);
        CHECK_INT(e.code, TENURE_E_STORE_FULL);
        tn_error_clear(&e);
        char *c = store_mdb_cause(MDB_NOTFOUND, "mdb_dbi_open(%s)", "links");
        char want[200];
        snprintf(want, sizeof want, "mdb_dbi_open(links) failed, error %d %s", MDB_NOTFOUND,
                 mdb_strerror(MDB_NOTFOUND));
        CHECK_STR(c, want);
        free(c);
    }
    TEST_DONE();
}
