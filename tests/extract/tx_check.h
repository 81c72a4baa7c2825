/*
 * tx_check.h — helpers shared by the extraction unit tests: load the
 * project lexicon once, run tx_extract() on a sentence, and look up a
 * person or a (person, post, status) fact in the result by normalized key,
 * so that tests read like the sentences they quote.
 */
#ifndef TX_CHECK_H
#define TX_CHECK_H

#include "tenure/extract.h"
#include "test.h"

static tx_lexicon *tx_check_lx;

/* The project lexicon (conf/lexicon), loaded once; aborts when broken. */
static inline tx_lexicon *tx_check_lexicon(void)
{
    if (!tx_check_lx) {
        char *why = NULL;
        tx_check_lx = tx_lexicon_load(TX_LEXICON_DIR, &why);
        if (!tx_check_lx) {
            fprintf(stderr, "lexicon: %s\n", why ? why : "?");
            exit(1);
        }
    }
    return tx_check_lx;
}

/* Whether two labels share a canonical post key (tx_canonical_key: the
 * key the registry files posts under), as the test wants (1 the same post,
 * 0 two posts); prints both keys when they do not behave so. */
static inline int tx_check_same_post(const char *a, const char *b, int want)
{
    char *ka = tx_canonical_key(tx_check_lexicon(), a);
    char *kb = tx_canonical_key(tx_check_lexicon(), b);
    int same = ka && kb && !strcmp(ka, kb);
    if (same != want)
        fprintf(stderr, "  keys %s: \"%s\" -> \"%s\", \"%s\" -> \"%s\"\n",
                want ? "differ" : "agree", a, ka ? ka : "(null)", b, kb ? kb : "(null)");
    free(ka);
    free(kb);
    return same;
}

/* Extract from a NUL-terminated sentence; never NULL (fails the test). */
static inline json_t *tx_check_run(const char *text)
{
    tx_error err;
    json_t *r = tx_extract(tx_check_lexicon(), text, strlen(text), NULL, &err);
    if (!r) {
        fprintf(stderr, "tx_extract failed: %s\n", err.message);
        exit(1);
    }
    return r;
}

/* Whether two labels share a normalized key. */
static inline int tx_check_same(const char *a, const char *b)
{
    char *ka = tx_key(a), *kb = tx_key(b);
    int same = ka && kb && !strcmp(ka, kb);
    free(ka);
    free(kb);
    return same;
}

/* Whether the result names the person. */
static inline int tx_check_person(json_t *r, const char *name)
{
    size_t i;
    json_t *p;
    json_array_foreach(json_object_get(r, "people"), i, p)
    {
        if (tx_check_same(json_string_value(json_object_get(p, "name")), name))
            return 1;
    }
    return 0;
}

/* The role object of (person, position), or NULL. */
static inline json_t *tx_check_role(json_t *r, const char *person, const char *position)
{
    size_t i;
    json_t *o;
    json_array_foreach(json_object_get(r, "roles"), i, o)
    {
        if (tx_check_same(json_string_value(json_object_get(o, "person")), person) &&
            tx_check_same(json_string_value(json_object_get(o, "position")), position))
            return o;
    }
    return NULL;
}

/* Status of (person, position), or "" when the fact is absent. */
static inline const char *tx_check_status(json_t *r, const char *person, const char *position)
{
    json_t *o = tx_check_role(r, person, position);
    return o ? json_string_value(json_object_get(o, "status")) : "";
}

/* Number of role facts in the result. */
static inline size_t tx_check_nroles(json_t *r)
{
    return json_array_size(json_object_get(r, "roles"));
}

#define HAS_ROLE(r, person, position) CHECK(tx_check_role((r), (person), (position)) != NULL)
#define NO_ROLE(r, person, position) CHECK(tx_check_role((r), (person), (position)) == NULL)
#define STATUS(r, person, position, st) CHECK_STR(tx_check_status((r), (person), (position)), (st))

#endif
