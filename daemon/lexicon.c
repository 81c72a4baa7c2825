/*
 * lexicon.c — the daemon's current lexicon and its swap on SIGHUP.
 *
 * Owns the pointer to the loaded tx_lexicon.  Workers take a reference for
 * the length of one extraction (lexicon_get), so a reload can replace the
 * lexicon while old extractions still finish with the one they started
 * with.  A lexicon that fails to load never replaces a working one; one
 * that loads bumps the store generation (the reply cache's answers may
 * resolve differently).
 * Does not parse lexicon files (daemon/extract does).
 */
#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "tenured.h"
#include "xmalloc.h"

/* The current lexicon, referenced. */
tx_lexicon *lexicon_get(struct tenured *td)
{
    pthread_mutex_lock(&td->lexicon_lock);
    tx_lexicon *lx = td->lexicon ? tx_lexicon_ref(td->lexicon) : NULL;
    pthread_mutex_unlock(&td->lexicon_lock);
    return lx;
}

/* Load and swap in; keep the old one on error. */
int lexicon_reload(struct tenured *td, char **cause)
{
    char *errmsg = NULL;
    tx_lexicon *fresh = tx_lexicon_load(td->cfg.lexicon_dir, &errmsg);
    if (!fresh) {
        *cause = errmsg ? errmsg : xstrdup("lexicon load failed");
        return -1;
    }
    pthread_mutex_lock(&td->lexicon_lock);
    tx_lexicon *old = td->lexicon;
    td->lexicon = fresh;
    pthread_mutex_unlock(&td->lexicon_lock);
    if (old)
        tx_lexicon_unref(old);
    /* Free text resolves through the lexicon: cached answers may differ. */
    atomic_fetch_add(&td->lexicon_gen, 1);
    atomic_fetch_add(&td->generation, 1);
    log_info("lexicon loaded from %s: %zu entries", td->cfg.lexicon_dir, tx_lexicon_size(fresh));
    return 0;
}

/* Drop the lexicon at exit. */
void lexicon_free(struct tenured *td)
{
    pthread_mutex_lock(&td->lexicon_lock);
    tx_lexicon *old = td->lexicon;
    td->lexicon = NULL;
    pthread_mutex_unlock(&td->lexicon_lock);
    if (old)
        tx_lexicon_unref(old);
}
