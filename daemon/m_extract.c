/*
 * m_extract.c — "extract": run the extractor, store nothing.
 *
 * Owns nothing but the call: same checks as ingest (BAD_TEXT with a byte
 * offset, the date format), then the extractor on a worker thread; the
 * result is exactly the extractor's contract object (extract.h,
 * tx_result_json).
 */
#include "tenured.h"

/* The extraction object. */
json_t *m_extract_cpu(struct tenured *td, json_t *params, rpc_error *err)
{
    struct ingest_request req;
    if (m_ingest_request(params, &req, err) != 0)
        return NULL;
    tx_result *r = m_ingest_extract(td, &req, NULL, err);
    if (!r)
        return NULL;
    json_t *o = tx_result_json(r);
    tx_result_free(r);
    return o;
}
