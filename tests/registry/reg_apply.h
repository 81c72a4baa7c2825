/*
 * reg_apply.h — the registry tests write an article's extraction as the
 * contract's JSON (extract.h), the way the extractor's reply and the store
 * show it; reg_apply_json reads it into the typed result
 * (tx_result_from_json) and hands that to registry_apply_article, as the
 * daemon's ingest does with the extractor's result.
 */
#ifndef TENURE_REG_APPLY_H
#define TENURE_REG_APPLY_H

#include "registry.h"

static inline int reg_apply_json(MDB_txn *txn, const tx_lexicon *lx, const unsigned char id[16],
                                 const pdate *date, json_t *extraction, const char *text,
                                 size_t len, tn_error *err)
{
    tx_result *r = tx_result_from_json(extraction);
    if (!r) {
        tn_error_set(err, TENURE_E_INTERNAL_ERROR, "the test's extraction is not an object");
        return -1;
    }
    int rc = registry_apply_article(txn, lx, id, date, r, text, len, err);
    tx_result_free(r);
    return rc;
}

#endif
