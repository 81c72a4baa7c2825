/*
 * m_extract.c — "extract": run the extractor, store nothing.
 *
 * Owns nothing but the call: same checks as ingest (BAD_TEXT with a byte
 * offset, the date format), then tx_extract() on a worker thread; the
 * result is exactly the extractor's contract object (extract.h).
 */
#include "tenured.h"

/* The extraction object. */
json_t *m_extract_cpu(struct tenured *td, json_t *params, rpc_error *err)
{
    struct ingest_request req;
    if (m_ingest_request(params, &req, err) != 0)
        return NULL;
    return m_ingest_extract(td, &req, NULL, err);
}
