/* test_rpc.c — parameter shapes from methods.def: missing, wrongly typed
 * and unknown fields are refused naming the field; optional fields may be
 * absent; params must be an object. */
#include "tenured.h"
#include "test.h"

/* Check a params JSON text against a method; returns the error code. */
static int check(const char *method, const char *params, char *msg)
{
    rpc_error err = {0};
    const struct rpc_method *m = rpc_method_find(method);
    if (!m)
        return -1;
    json_t *p = params ? json_loads(params, JSON_DECODE_ANY, NULL) : NULL;
    int rc = rpc_check_params(m, p, &err);
    json_decref(p);
    if (msg)
        snprintf(msg, 256, "%s", err.message);
    rpc_error_clear(&err);
    return rc == 0 ? 0 : err.code == 0 ? TENURE_E_INVALID_PARAMS : TENURE_E_INVALID_PARAMS;
}

int main(void)
{
    char *cause = NULL, msg[256];
    CHECK_INT(rpc_init(&cause), 0);
    CHECK(rpc_method_count() >= 7);
    CHECK(rpc_method_find("ping") != NULL);
    CHECK(rpc_method_find("nope") == NULL);

    CHECK_INT(check("ping", NULL, msg), 0);
    CHECK_INT(check("ping", "{}", msg), 0);
    CHECK_INT(check("ping", "{\"x\":1}", msg), TENURE_E_INVALID_PARAMS);
    CHECK(strstr(msg, "unknown field 'x'") != NULL);

    CHECK_INT(check("ingest", "{\"text\":\"a\"}", msg), 0);
    CHECK_INT(
        check("ingest", "{\"text\":\"a\",\"date\":\"2020\",\"source\":\"s\",\"title\":\"t\"}", msg),
        0);
    CHECK_INT(check("ingest", "{}", msg), TENURE_E_INVALID_PARAMS);
    CHECK(strstr(msg, "missing field 'text'") != NULL);
    CHECK_INT(check("ingest", "{\"text\":5}", msg), TENURE_E_INVALID_PARAMS);
    CHECK(strstr(msg, "field 'text' must be a string") != NULL);
    CHECK_INT(check("ingest", "{\"text\":\"a\",\"date\":2020}", msg), TENURE_E_INVALID_PARAMS);
    CHECK(strstr(msg, "field 'date' must be a string") != NULL);
    CHECK_INT(check("ingest", "{\"text\":\"a\",\"txt\":\"b\"}", msg), TENURE_E_INVALID_PARAMS);
    CHECK(strstr(msg, "unknown field 'txt'") != NULL);
    CHECK_INT(check("ingest", "[\"a\"]", msg), TENURE_E_INVALID_PARAMS);
    CHECK(strstr(msg, "must be an object") != NULL);

    CHECK_INT(check("article.get", "{\"article\":\"x\",\"text\":true}", msg), 0);
    CHECK_INT(check("article.get", "{\"article\":\"x\",\"text\":1}", msg), TENURE_E_INVALID_PARAMS);
    CHECK(strstr(msg, "field 'text' must be a boolean") != NULL);
    CHECK_INT(check("article.list", "{\"limit\":5}", msg), 0);
    CHECK_INT(check("article.list", "{\"limit\":5.5}", msg), TENURE_E_INVALID_PARAMS);
    CHECK(strstr(msg, "field 'limit' must be an integer") != NULL);
    CHECK_INT(check("article.list", "{\"limit\":\"5\"}", msg), TENURE_E_INVALID_PARAMS);

    /* an error line outside any request is one line of JSON-RPC */
    size_t len;
    char *line = rpc_error_line(TENURE_E_BUSY, "server busy", &len);
    CHECK_STR(line, "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32007,\"message\":\"server "
                    "busy\"},\"id\":null}\n");
    CHECK_INT(len, strlen(line));
    free(line);
    TEST_DONE();
}
