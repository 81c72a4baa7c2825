/*
 * m_watch.c — "watch": subscribe this connection to the change feed.
 *
 * The handler only resolves the filters (a person by name or #ID, a post by
 * free text or #ID) and the starting cursor (since, default: the newest
 * change, so only what commits from now on is pushed); rpc.c then hands the
 * connection and this answer to watch.c, which pushes the changes as
 * "change" notifications.  A single request only: inside a batch, or over
 * HTTP, it answers without subscribing anything.
 */
#include "registry.h"
#include "tenured.h"

json_t *m_watch_read(struct tenured *td, MDB_txn *rtxn, json_t *params, rpc_error *err)
{
    json_t *s = json_object_get(params, "since");
    json_int_t person_id = 0, post_id = 0;
    const char *person = json_string_value(json_object_get(params, "person"));
    const char *position = json_string_value(json_object_get(params, "position"));
    if (person) {
        json_t *p = registry_person(rtxn, person, err);
        if (!p)
            return NULL;
        person_id = json_integer_value(json_object_get(p, "person_id"));
        json_decref(p);
    }
    if (position) {
        tx_lexicon *lx = lexicon_get(td);
        json_t *w = registry_who(rtxn, lx, position, NULL, 1, err);
        if (lx)
            tx_lexicon_unref(lx);
        if (!w)
            return NULL;
        post_id = json_integer_value(json_object_get(w, "post_id"));
        json_decref(w);
    }
    json_t *latest = registry_changes(rtxn, 0, 1, err);
    if (!latest)
        return NULL;
    json_int_t since =
        s ? json_integer_value(s) : json_integer_value(json_object_get(latest, "latest"));
    json_decref(latest);
    return json_pack("{s:b,s:I,s:o,s:o,s:I}", "watching", 1, "since", since, "person_id",
                     person_id ? json_integer(person_id) : json_null(), "post_id",
                     post_id ? json_integer(post_id) : json_null(), "keepalive",
                     (json_int_t)(td->cfg.idle_timeout / 2));
}
