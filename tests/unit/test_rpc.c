/* test_rpc.c — parameter shapes from methods.def: missing, wrongly typed
 * and unknown fields are refused naming the field; optional fields may be
 * absent; params must be an object. */
#include "tenure/params.h"
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

/* rpc_result_line gives json_dumps(JSON_COMPACT) of the reply's tree, for
 * every kind of id (integers by its own digits). */
static void check_result_line(json_t *id)
{
    json_t *tree = json_pack("{s:s,s:{s:i},s:O}", "jsonrpc", "2.0", "result", "a", 1, "id", id);
    char *want = json_dumps(tree, JSON_COMPACT);
    size_t len;
    char *got = rpc_result_line("{\"a\":1}", 7, id, &len);
    CHECK(want != NULL);
    CHECK_INT((int)len, (int)strlen(want) + 1);
    CHECK(!strncmp(got, want, len - 1) && got[len - 1] == '\n' && got[len] == '\0');
    free(want);
    free(got);
    json_decref(tree);
    json_decref(id);
}

int main(void)
{
    char *cause = NULL, msg[256];
    json_int_t ids[] = {0,          1,         -1,       9, 10, 99, 4096, 1234567890123LL,
                        -987654321, INT64_MAX, INT64_MIN};
    for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++)
        check_result_line(json_integer(ids[i]));
    check_result_line(json_null());
    check_result_line(json_string("x\"y\u00e9"));
    char longid[400];
    memset(longid, 'q', sizeof longid - 1);
    longid[sizeof longid - 1] = '\0';
    check_result_line(json_string(longid));
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

    /* bounds and defaults declared in methods.def (tenure/params.h) */
    CHECK_INT(check("who", "{\"position\":\"x\",\"limit\":1000}", msg), 0);
    CHECK_INT(check("who", "{\"position\":\"x\",\"limit\":1001}", msg), TENURE_E_INVALID_PARAMS);
    CHECK_STR(msg, "invalid params: field 'limit' must be between 1 and 1000");
    CHECK_INT(check("who", "{\"position\":\"x\",\"limit\":0}", msg), TENURE_E_INVALID_PARAMS);
    CHECK_INT(check("search", "{\"text\":\"x\",\"limit\":5000}", msg), TENURE_E_INVALID_PARAMS);
    CHECK_STR(msg, "invalid params: field 'limit' must be between 1 and 1000");
    CHECK_INT(check("verify", "{\"limit\":0}", msg), 0);
    CHECK_INT(check("changes", "{\"since\":-1}", msg), TENURE_E_INVALID_PARAMS);
    CHECK_STR(msg, "invalid params: field 'since' must be at least 0");
    CHECK_INT(check("changes", "{\"since\":123456789012}", msg), 0);
    {
        json_t *p = json_object();
        rpc_params_fill(rpc_method_find("who"), p);
        CHECK_INT(rpc_param_int(p, "limit"), 50);
        CHECK(json_object_get(p, "at") == NULL);
        json_object_set_new(p, "limit", json_integer(7));
        rpc_params_fill(rpc_method_find("who"), p);
        CHECK_INT(rpc_param_int(p, "limit"), 7); /* a given value stays */
        json_decref(p);
        p = json_object();
        rpc_params_fill(rpc_method_find("stats"), p); /* config:b?=true */
        CHECK(json_is_true(json_object_get(p, "config")));
        json_decref(p);
        p = json_object();
        rpc_params_fill(rpc_method_find("watch"), p); /* since declares no default */
        CHECK_INT(json_object_size(p), 0);
        json_decref(p);
    }
    {
        /* the grammar: bounds on integers only, a default within them */
        static const char *const bad[] = {"a:i[1..0]",    "a:s[1..2]", "a:i[1..2",  "a:i[x..2]",
                                          "a:i?=3x",      "a:b?=yes",  "a:i?=true", "a:s?=1",
                                          "a:i[1..2]?=3", "a",         "a:q",       ":i",
                                          "a:i?,"};
        for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
            const char *sh = bad[i];
            struct tenure_param f;
            int rc;
            while ((rc = tenure_param_next(&sh, &f)) == 1)
                ;
            if (rc != -1)
                fprintf(stderr, "shape \"%s\" accepted\n", bad[i]);
            CHECK_INT(rc, -1);
        }
        struct tenure_param f;
        CHECK_INT(tenure_param_find("x:s,limit:i[1..1000]?=50,y:b?", "limit", &f), 1);
        CHECK(f.type == 'i' && f.optional && f.has_min && f.has_max && f.has_default);
        CHECK(f.min == 1 && f.max == 1000 && f.dflt == 50);
        CHECK_INT(tenure_param_find("since:i[-3..]?", "since", &f), 1);
        CHECK(f.has_min && !f.has_max && !f.has_default && f.min == -3);
        CHECK(tenure_param_in_bounds(&f, 1LL << 40) && !tenure_param_in_bounds(&f, -4));
        CHECK_INT(tenure_param_find("x:s", "limit", &f), 0);
        CHECK_INT(tenure_param_find("config:b?=true", "config", &f), 1);
        CHECK(f.type == 'b' && f.has_default && f.dflt == 1);
        CHECK_INT(tenure_param_find("x:b?=false,y:s", "x", &f), 1);
        CHECK(f.has_default && f.dflt == 0);
    }

    /* an error line outside any request is one line of JSON-RPC */
    size_t len;
    char *line = rpc_error_line(TENURE_E_BUSY, "server busy", &len);
    CHECK_STR(line, "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32007,\"message\":\"server "
                    "busy\"},\"id\":null}\n");
    CHECK_INT(len, strlen(line));
    free(line);
    TEST_DONE();
}
