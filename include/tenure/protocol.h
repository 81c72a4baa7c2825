/*
 * protocol.h — the wire contract between tenure (client) and tenured (daemon).
 *
 * JSON-RPC 2.0, one compact JSON value per '\n'-terminated line, UTF-8.
 * This header holds what both sides must agree on: versions, the default
 * socket, limits, the method list (methods.def) and the error codes
 * (errors.def).  It holds no behaviour.  docs/PROTOCOL.md is the prose form.
 */
#ifndef TENURE_PROTOCOL_H
#define TENURE_PROTOCOL_H

#ifndef TENURE_VERSION
#define TENURE_VERSION "0.1.0"
#endif

/* Bumped on any incompatible change of a method's params or result. */
#define TENURE_PROTOCOL_VERSION 1

/* Compiled-in defaults, used by both programs when nothing overrides them.
 * The default socket path is computed by one rule (tenure/sockpath.h);
 * the "socket" directive's default "" means that rule. */
#define TENURE_DEFAULT_DATA_DIR "/var/lib/tenure"
#define TENURE_DEFAULT_CONFIG "/etc/tenure/tenured.conf"
#define TENURE_SOCKET_ENV "TENURE_SOCKET"
/* TCP: the token the client sends with "auth" (else --auth-file FILE). */
#define TENURE_AUTH_ENV "TENURE_AUTH"
/* Longest auth token accepted (bytes, after trimming the file's newline). */
#define TENURE_AUTH_TOKEN_MAX 1024

/* Default cap on one request line; past it: TOO_LARGE reply, then close. */
#define TENURE_DEFAULT_MAX_REQUEST (16u * 1024u * 1024u)

/* Article ids: the first 16 bytes of a hash of the normalized text, as 32
 * lower-case hex characters. */
#define TENURE_ARTICLE_ID_HEXLEN 32

enum tenure_error_code {
#define TENURE_ERROR(sym, code, msg) TENURE_E_##sym = (code),
#include "tenure/errors.def"
#undef TENURE_ERROR
};

enum tenure_method_kind { TENURE_KIND_READ, TENURE_KIND_CPU, TENURE_KIND_WRITE };

#endif
