/*
 * http_pages.c — the registry as web pages: server-rendered HTML5, one
 * inline style sheet, no script, nothing fetched from elsewhere, readable
 * on a phone (a single column under 40em).
 *
 * Owns the markup of:
 *   /                  search box and store counts (stats)
 *   /search?q=TEXT     people, posts, organizations (search)
 *   /person/N          a career: an SVG timeline whose bands are the
 *                      possible (light) and certain (dark) spans of each
 *                      post, a dot per dated piece of evidence, then every
 *                      claim with its snippet and a link to its source
 *                      (timeline, evidence)
 *   /post/N[?at=D]     the holders over time, in succession (who)
 *   /org?name=X[&at=D] an organization's posts and holders (org)
 * Every answer comes from a READ method through http_call; every string
 * from the store is HTML-escaped (html_esc) and every URL built here
 * percent-encodes its values (html_url).  Does not own routing or limits
 * (http.c).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http.h"
#include "log.h"
#include "tenure/utf8.h"
#include "tenured.h"
#include "xmalloc.h"

/* Most evidence items on a person page; the API pages further. */
#define PAGE_EVIDENCE_MAX 200
/* Most holders on a post page. */
#define PAGE_HOLDERS_MAX 200

/* ------------------------------------------------------------ helpers */

/* Append printf output; a failure only shortens the page (logged once). */
static void pf(struct evbuffer *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void pf(struct evbuffer *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (evbuffer_add_vprintf(b, fmt, ap) < 0)
        log_warn("http: page output failed");
    va_end(ap);
}

static void put(struct evbuffer *b, const char *s)
{
    if (evbuffer_add(b, s, strlen(s)) != 0)
        log_warn("http: page output failed");
}

/* Append n bytes of s, escaped. */
static void html_escn(struct evbuffer *b, const char *s, size_t n)
{
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        const char *rep = NULL;
        switch (s[i]) {
        case '&':
            rep = "&amp;";
            break;
        case '<':
            rep = "&lt;";
            break;
        case '>':
            rep = "&gt;";
            break;
        case '"':
            rep = "&quot;";
            break;
        case '\'':
            rep = "&#39;";
            break;
        default:
            continue;
        }
        if (i > run && evbuffer_add(b, s + run, i - run) != 0)
            log_warn("http: page output failed");
        put(b, rep);
        run = i + 1;
    }
    if (n > run && evbuffer_add(b, s + run, n - run) != 0)
        log_warn("http: page output failed");
}

void html_esc(struct evbuffer *b, const char *s)
{
    if (s)
        html_escn(b, s, strlen(s));
}

void html_url(struct evbuffer *b, const char *s)
{
    char *e = evhttp_uriencode(s ? s : "", -1, 0);
    if (!e)
        abort();
    put(b, e);
    free(e);
}

static const char *jstr(json_t *o, const char *k)
{
    return json_string_value(json_object_get(o, k));
}

static long long jint(json_t *o, const char *k)
{
    return (long long)json_integer_value(json_object_get(o, k));
}

static const char page_css[] =
    "body{font:16px/1.45 system-ui,sans-serif;margin:0 auto;max-width:60em;padding:0 1em 2em;"
    "color:#1d232a;background:#fff}"
    "header{display:flex;flex-wrap:wrap;gap:.5em 1em;align-items:center;padding:.6em 0;"
    "border-bottom:1px solid #d8dde3;margin-bottom:1em}"
    "header a.home{font-weight:700;text-decoration:none;color:#1d232a}"
    "form{display:flex;gap:.4em;flex-wrap:wrap}"
    "input{font:inherit;padding:.3em .5em;border:1px solid #aab3bd;border-radius:4px}"
    "button{font:inherit;padding:.3em .8em;border-radius:4px;border:1px solid #2f6db5;"
    "background:#2f6db5;color:#fff}"
    "h1{font-size:1.5em;margin:.3em 0}h2{font-size:1.15em;margin:1.4em 0 .4em}"
    "a{color:#1f5fa8}small,.muted{color:#5b6670}"
    "table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.35em .4em;"
    "border-bottom:1px solid #e3e7eb;vertical-align:top}"
    ".tl{width:100%;height:auto;display:block;margin:.5em 0}"
    ".tl .pos{fill:#c9dcf2}.tl .cer{fill:#2f6db5}.tl .ev{fill:#d9480f}"
    ".tl text{font:12px system-ui,sans-serif;fill:#1d232a}.tl .ax{stroke:#aab3bd}"
    ".legend span{display:inline-block;width:1em;height:.7em;margin:0 .3em 0 .8em}"
    "ul.ev{list-style:none;padding:0}ul.ev li{border-left:3px solid #c9dcf2;padding:.2em .7em;"
    "margin:.6em 0}mark{background:#ffe08a}"
    ".card{border:1px solid #d8dde3;border-radius:6px;padding:.6em .8em;margin:.5em 0}"
    ".note{border-left:3px solid #d9480f;padding:.2em .7em;background:#fff4e6}"
    "@media (max-width:40em){body{font-size:15px}th.opt,td.opt{display:none}}";

/* The page head and top bar. */
static void page_begin(struct evbuffer *b, const char *title, const char *q)
{
    put(b, "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
           "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
           "<link rel=\"icon\" href=\"data:,\"><title>");
    html_esc(b, title);
    put(b, " · tenure</title><style>");
    put(b, page_css);
    put(b, "</style></head><body><header><a class=\"home\" href=\"/\">tenure</a>"
           "<form action=\"/search\" method=\"get\" role=\"search\">"
           "<input type=\"search\" name=\"q\" aria-label=\"search\" placeholder=\"Tên, chức vụ, "
           "cơ quan\" value=\"");
    html_esc(b, q ? q : "");
    put(b, "\"><button>Search</button></form></header><main>\n");
}

static void page_end(struct evbuffer *b)
{
    put(b, "</main></body></html>\n");
}

static void page_send(struct evhttp_request *req, int status, struct evbuffer *b)
{
    http_reply(req, status, HTTP_HTML, status == 200 ? "no-cache" : "no-store", b);
    evbuffer_free(b);
}

static struct evbuffer *page_buf(void)
{
    struct evbuffer *b = evbuffer_new();
    if (!b)
        abort();
    return b;
}

/* An error page for a failed method call. */
static void page_error(struct evhttp_request *req, const char *title, const rpc_error *err)
{
    struct evbuffer *b = page_buf();
    page_begin(b, title, NULL);
    put(b, "<h1>");
    html_esc(b, title);
    put(b, "</h1><p>");
    html_esc(b, err->message);
    put(b, "</p>");
    page_end(b);
    page_send(req, http_status_of(err->code), b);
}

/* "after A, before B" of a bound object, readable. */
static void page_bound(struct evbuffer *b, json_t *bound)
{
    const char *a = jstr(bound, "after"), *z = jstr(bound, "before");
    if (a && z && strcmp(a, z) == 0)
        html_esc(b, a);
    else if (a && z) {
        put(b, "between ");
        html_esc(b, a);
        put(b, " and ");
        html_esc(b, z);
    } else if (a) {
        put(b, "after ");
        html_esc(b, a);
    } else if (z) {
        put(b, "by ");
        html_esc(b, z);
    } else
        put(b, "<span class=\"muted\">unknown</span>");
}

/* A date "YYYY[-MM[-DD]]" as a fractional year (mid-point of what it
 * states); 0 when absent or malformed. */
static double page_year(const char *d)
{
    int y = 0, m = 0, dd = 0;
    if (!d || sscanf(d, "%d-%d-%d", &y, &m, &dd) < 1 || y < 1 || y > 9999)
        return 0;
    if (m < 1 || m > 12)
        return y + 0.5;
    if (dd < 1 || dd > 31)
        return y + (m - 0.5) / 12.0;
    return y + (m - 1) / 12.0 + (dd - 0.5) / 366.0;
}

/* One row of a timeline. */
struct tl_row {
    json_t *o;         /* the position or holder object (borrowed) */
    const char *label; /* text over the band */
    char href[64];
    json_t *dates; /* evidence dates, or NULL */
};

static void tl_minmax(double *lo, double *hi, const char *d)
{
    double y = page_year(d);
    if (y == 0)
        return;
    if (*lo == 0 || y < *lo)
        *lo = y;
    if (*hi == 0 || y > *hi)
        *hi = y;
}

/* The SVG timeline: per row a possible band (start.after .. end.before,
 * open ends run to the axis' edge), a certain band (start.before ..
 * end.after) and the evidence dots. */
static void page_timeline(struct evbuffer *b, struct tl_row *rows, size_t n, const char *what)
{
    double lo = 0, hi = 0;
    for (size_t i = 0; i < n; i++) {
        json_t *o = rows[i].o, *d;
        size_t j;
        tl_minmax(&lo, &hi, jstr(json_object_get(o, "start"), "after"));
        tl_minmax(&lo, &hi, jstr(json_object_get(o, "start"), "before"));
        tl_minmax(&lo, &hi, jstr(json_object_get(o, "end"), "after"));
        tl_minmax(&lo, &hi, jstr(json_object_get(o, "end"), "before"));
        tl_minmax(&lo, &hi, jstr(o, "first_seen"));
        tl_minmax(&lo, &hi, jstr(o, "last_seen"));
        json_array_foreach(rows[i].dates, j, d) tl_minmax(&lo, &hi, json_string_value(d));
    }
    if (lo == 0) {
        put(b, "<p class=\"muted\">No dated evidence to draw.</p>");
        return;
    }
    int y0 = (int)lo - 1, y1 = (int)hi + 2;
    if (y1 - y0 < 4)
        y1 = y0 + 4;
    const double W = 800, L = 18, R = 782, rowh = 44;
    double H = 30 + rowh * (double)n;
#define X(y) (L + ((y)-y0) * (R - L) / (y1 - y0))
    pf(b,
       "<svg class=\"tl\" viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"timeline of %s\" "
       "xmlns=\"http://www.w3.org/2000/svg\">",
       W, H, what);
    int step = (y1 - y0) > 40 ? 10 : (y1 - y0) > 16 ? 5 : (y1 - y0) > 8 ? 2 : 1;
    for (int y = y0; y <= y1; y++) {
        if (y % step)
            continue;
        pf(b, "<line class=\"ax\" x1=\"%.1f\" x2=\"%.1f\" y1=\"12\" y2=\"%.0f\"/>", X(y), X(y),
           H - 4);
        pf(b, "<text x=\"%.1f\" y=\"10\" text-anchor=\"middle\">%d</text>", X(y), y);
    }
    for (size_t i = 0; i < n; i++) {
        json_t *o = rows[i].o, *st = json_object_get(o, "start"), *en = json_object_get(o, "end"),
               *d;
        double top = 24 + rowh * (double)i;
        double pa = page_year(jstr(st, "after")), pb = page_year(jstr(en, "before"));
        double ca = page_year(jstr(st, "before")), cb = page_year(jstr(en, "after"));
        double fs = page_year(jstr(o, "first_seen")), ls = page_year(jstr(o, "last_seen"));
        if (ca == 0)
            ca = fs;
        if (cb == 0)
            cb = ls;
        double x0 = pa ? X(pa) : L, x1 = pb ? X(pb) : R;
        pf(b, "<a href=\"%s\"><text x=\"%.1f\" y=\"%.1f\">", rows[i].href, L, top + 10);
        html_esc(b, rows[i].label);
        put(b, "</text></a>");
        if (ca || cb || pa || pb) {
            pf(b,
               "<rect class=\"pos\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"14\" "
               "rx=\"3\"><title>possible</title></rect>",
               x0, top + 15, x1 > x0 ? x1 - x0 : 2);
        }
        if (ca && cb && cb >= ca) {
            double cx0 = X(ca), cx1 = X(cb);
            if (cx1 - cx0 < 3)
                cx1 = cx0 + 3;
            pf(b,
               "<rect class=\"cer\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"14\" "
               "rx=\"3\"><title>certain</title></rect>",
               cx0, top + 15, cx1 - cx0);
        }
        size_t j;
        json_array_foreach(rows[i].dates, j, d)
        {
            double y = page_year(json_string_value(d));
            if (y)
                pf(b, "<circle class=\"ev\" cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\"/>", X(y), top + 22);
        }
    }
#undef X
    put(b, "</svg><p class=\"legend muted\"><span style=\"background:#c9dcf2\"></span>possible"
           "<span style=\"background:#2f6db5\"></span>certain"
           "<span style=\"background:#d9480f;border-radius:50%;width:.7em\"></span>evidence</p>");
}

/* ------------------------------------------------------------- pages */

static void page_home(struct tenured *td, struct evhttp_request *req)
{
    rpc_error err = {0};
    json_t *s = http_call(td, "stats", NULL, &err);
    struct evbuffer *b = page_buf();
    page_begin(b, "Registry", NULL);
    put(b, "<h1>Who held which post, when</h1><p>A registry of Vietnamese officials built from "
           "news articles: every claim links to the article that made it.</p>");
    if (s)
        pf(b,
           "<p class=\"muted\">%lld articles · %lld people · %lld posts · %lld organizations</p>",
           jint(s, "articles"), jint(s, "persons"), jint(s, "posts"), jint(s, "organizations"));
    put(b, "<p>Search a name (diacritics optional: <a href=\"/search?q=nguyen\">nguyen</a>), a "
           "post or an organization. The same answers as JSON: <code>/api/&lt;method&gt;</code>; "
           "OpenRefine: <code>/reconcile</code>.</p>");
    json_decref(s);
    rpc_error_clear(&err);
    page_end(b);
    page_send(req, 200, b);
}

static void page_search(struct tenured *td, struct evhttp_request *req, struct evkeyvalq *q)
{
    const char *text = http_arg(q, "q");
    if (!text || !*text) {
        page_home(td, req);
        return;
    }
    rpc_error err = {0};
    json_t *p = json_pack("{s:s?,s:i}", "text", text, "limit", 50);
    if (!p) {
        rpc_error_set(&err, TENURE_E_INVALID_PARAMS, "the search text is not valid UTF-8");
        page_error(req, "Search", &err);
        return;
    }
    json_t *r = http_call(td, "search", p, &err);
    if (!r) {
        page_error(req, "Search", &err);
        rpc_error_clear(&err);
        return;
    }
    struct evbuffer *b = page_buf();
    page_begin(b, text, text);
    put(b, "<h1>Search: ");
    html_esc(b, text);
    put(b, "</h1>");
    json_t *res = json_object_get(r, "results"), *x;
    size_t i;
    if (json_array_size(res) == 0)
        put(b, "<p>Nothing matches.</p>");
    else
        put(b, "<table><tr><th>Name</th><th>Kind</th><th class=\"opt\">Evidence</th></tr>");
    json_array_foreach(res, i, x)
    {
        const char *kind = jstr(x, "kind");
        put(b, "<tr><td><a href=\"");
        if (kind && !strcmp(kind, "person"))
            pf(b, "/person/%lld", jint(x, "id"));
        else if (kind && !strcmp(kind, "post"))
            pf(b, "/post/%lld", jint(x, "id"));
        else
            pf(b, "/org/%lld", jint(x, "id"));
        put(b, "\">");
        html_esc(b, jstr(x, "name"));
        put(b, "</a></td><td>");
        html_esc(b, kind);
        pf(b, "</td><td class=\"opt\">%lld</td></tr>", jint(x, "evidence"));
    }
    if (json_array_size(res))
        put(b, "</table>");
    json_decref(r);
    page_end(b);
    page_send(req, 200, b);
}

/* Links to namesakes or near matches an answer lists. */
static void page_alternatives(struct evbuffer *b, json_t *r, const char *prefix)
{
    json_t *alt = json_object_get(r, "alternatives"), *a;
    size_t i;
    if (!json_array_size(alt))
        return;
    put(b, "<p class=\"muted\">Also: ");
    json_array_foreach(alt, i, a)
    {
        json_t *id = json_object_get(a, "id");
        if (!id)
            id = json_object_get(a, "person_id");
        pf(b, "%s<a href=\"/%s/%lld\">", i ? ", " : "", prefix, (long long)json_integer_value(id));
        const char *name = jstr(a, "name");
        html_esc(b, name ? name : jstr(a, "person"));
        put(b, "</a>");
    }
    put(b, "</p>");
}

/* The snippet with the claim marked (byte span inside it), escaped. */
static void page_snippet(struct evbuffer *b, json_t *e)
{
    const char *s = jstr(e, "snippet");
    json_t *sp = json_object_get(e, "snippet_span");
    if (!s)
        return;
    size_t n = strlen(s);
    long long a = json_integer_value(json_array_get(sp, 0)),
              z = json_integer_value(json_array_get(sp, 1));
    /* only on character boundaries inside the snippet */
    if (json_array_size(sp) == 2 && a >= 0 && a < z && (size_t)z <= n &&
        tx_utf8_is_start((unsigned char)s[a]) &&
        ((size_t)z == n || tx_utf8_is_start((unsigned char)s[z]))) {
        html_escn(b, s, (size_t)a);
        put(b, "<mark>");
        html_escn(b, s + a, (size_t)(z - a));
        put(b, "</mark>");
        html_escn(b, s + z, n - (size_t)z);
    } else
        html_esc(b, s);
}

/* Whether a source is a web address worth a link. */
static int page_is_url(const char *s)
{
    return s && (strncmp(s, "http://", 7) == 0 || strncmp(s, "https://", 8) == 0) &&
           !strpbrk(s, " \t\r\n\"<>");
}

static void page_person(struct tenured *td, struct evhttp_request *req, const char *id)
{
    char name[32];
    rpc_error err = {0};
    snprintf(name, sizeof name, "#%s", id);
    json_t *t = http_call(td, "timeline", json_pack("{s:s}", "name", name), &err);
    if (!t) {
        page_error(req, "Person", &err);
        rpc_error_clear(&err);
        return;
    }
    json_t *ev = http_call(
        td, "evidence", json_pack("{s:s,s:i}", "person", name, "limit", PAGE_EVIDENCE_MAX), &err);
    rpc_error_clear(&err);
    const char *pname = jstr(t, "person");
    struct evbuffer *b = page_buf();
    page_begin(b, pname ? pname : name, NULL);
    put(b, "<h1>");
    html_esc(b, pname);
    pf(b, " <small>#%s</small></h1>", id);

    json_t *pos = json_object_get(t, "positions"), *p;
    size_t n = json_array_size(pos), i;
    struct tl_row *rows = xcalloc(n ? n : 1, sizeof *rows);
    json_array_foreach(pos, i, p)
    {
        rows[i].o = p;
        rows[i].label = jstr(p, "position");
        snprintf(rows[i].href, sizeof rows[i].href, "/post/%lld", jint(p, "post_id"));
        rows[i].dates = json_object_get(p, "dates");
    }
    put(b, "<h2>Timeline</h2>");
    page_timeline(b, rows, n, "posts");
    free(rows);

    put(b, "<h2>Posts</h2><table><tr><th>Post</th><th>Start</th><th>End</th>"
           "<th class=\"opt\">Status</th><th class=\"opt\">Evidence</th></tr>");
    json_array_foreach(pos, i, p)
    {
        pf(b, "<tr><td><a href=\"/post/%lld\">", jint(p, "post_id"));
        html_esc(b, jstr(p, "position"));
        put(b, "</a>");
        if (jstr(p, "organization")) {
            put(b, "<br><small><a href=\"/org?name=");
            html_url(b, jstr(p, "organization"));
            put(b, "\">");
            html_esc(b, jstr(p, "organization"));
            put(b, "</a></small>");
        }
        put(b, "</td><td>");
        page_bound(b, json_object_get(p, "start"));
        put(b, "</td><td>");
        page_bound(b, json_object_get(p, "end"));
        put(b, "</td><td class=\"opt\">");
        html_esc(b, jstr(p, "status"));
        pf(b, "</td><td class=\"opt\">%lld</td></tr>", jint(p, "evidence"));
    }
    put(b, "</table>");
    page_alternatives(b, t, "person");

    json_t *items = json_object_get(ev, "evidence"), *e;
    pf(b, "<h2>Evidence <small>(%lld)</small></h2><ul class=\"ev\">", ev ? jint(ev, "total") : 0LL);
    json_array_foreach(items, i, e)
    {
        const char *src = jstr(e, "source"), *title = jstr(e, "title"), *date = jstr(e, "date");
        put(b, "<li><small>");
        html_esc(b, date ? date : "undated");
        put(b, " · ");
        html_esc(b, jstr(e, "position"));
        put(b, " · ");
        html_esc(b, jstr(e, "status"));
        put(b, "</small><br>");
        page_snippet(b, e);
        put(b, "<br><small>");
        if (page_is_url(src)) {
            put(b, "<a rel=\"noopener noreferrer\" href=\"");
            html_esc(b, src);
            put(b, "\">");
            html_esc(b, title && *title ? title : src);
            put(b, "</a>");
        } else {
            html_esc(b, title);
            if (src) {
                put(b, " — ");
                html_esc(b, src);
            }
        }
        put(b, " <span class=\"muted\">article ");
        html_esc(b, jstr(e, "article"));
        put(b, "</span></small></li>");
    }
    put(b, "</ul>");
    if (ev && (size_t)jint(ev, "total") > json_array_size(items))
        pf(b,
           "<p class=\"muted\">The first %zu shown; all of them: "
           "<a href=\"/api/evidence?person=%%23%s&amp;limit=10000\">JSON</a></p>",
           json_array_size(items), id);
    pf(b,
       "<p class=\"muted\">JSON: <a href=\"/api/timeline?name=%%23%s\">timeline</a> · "
       "<a href=\"/api/evidence?person=%%23%s\">evidence</a></p>",
       id, id);
    json_decref(ev);
    json_decref(t);
    page_end(b);
    page_send(req, 200, b);
}

/* A date field of a query string, or NULL (only digits and '-'). */
static const char *page_at(struct evkeyvalq *q)
{
    const char *at = http_arg(q, "at");
    if (!at || !*at)
        return NULL;
    return at;
}

static void page_at_form(struct evbuffer *b, const char *action, const char *hidden_name,
                         const char *hidden, const char *at)
{
    put(b, "<form method=\"get\" action=\"");
    html_esc(b, action);
    put(b, "\">");
    if (hidden_name) {
        pf(b, "<input type=\"hidden\" name=\"%s\" value=\"", hidden_name);
        html_esc(b, hidden);
        put(b, "\">");
    }
    put(b, "<label>At <input name=\"at\" placeholder=\"YYYY[-MM[-DD]]\" size=\"12\" value=\"");
    html_esc(b, at ? at : "");
    put(b, "\"></label><button>Show</button></form>");
}

/* The note of a dated answer past the newest article naming its holders
 * (the reply's "beyond_evidence", docs/PROTOCOL.md "who"). */
static void page_beyond(struct evbuffer *b, json_t *answer, const char *at)
{
    const char *newest = jstr(answer, "beyond_evidence");
    if (!at || !newest)
        return;
    put(b, "<p class=\"note\">The newest article naming them is of ");
    html_esc(b, newest);
    put(b, ", more than a year before ");
    html_esc(b, at);
    put(b, ": they are listed because nothing read ends their tenure, not because an article "
           "of that time names them.</p>");
}

static void page_post(struct tenured *td, struct evhttp_request *req, const char *id,
                      struct evkeyvalq *q)
{
    char name[32];
    rpc_error err = {0};
    const char *at = page_at(q);
    snprintf(name, sizeof name, "#%s", id);
    json_t *p = json_pack("{s:s,s:i}", "position", name, "limit", PAGE_HOLDERS_MAX);
    if (at)
        json_object_set_new(p, "at", json_string(at));
    json_t *w = http_call(td, "who", p, &err);
    if (!w) {
        page_error(req, "Post", &err);
        rpc_error_clear(&err);
        return;
    }
    const char *pname = jstr(w, "position");
    struct evbuffer *b = page_buf();
    page_begin(b, pname ? pname : name, NULL);
    put(b, "<h1>");
    html_esc(b, pname);
    pf(b, " <small>#%s</small></h1>", id);
    char action[48];
    snprintf(action, sizeof action, "/post/%s", id);
    page_at_form(b, action, NULL, NULL, at);
    if (at) {
        put(b, "<p>Holders at ");
        html_esc(b, at);
        pf(b, " (<a href=\"/post/%s\">all holders</a>)</p>", id);
        page_beyond(b, w, at);
    }
    json_t *hs = json_object_get(w, "holders"), *h;
    size_t n = json_array_size(hs), i;
    /* oldest first for the drawing: the answer ranks most likely first */
    struct tl_row *rows = xcalloc(n ? n : 1, sizeof *rows);
    json_array_foreach(hs, i, h)
    {
        size_t k = i;
        const char *fi = jstr(h, "first_seen");
        while (k > 0) {
            const char *fo = jstr(rows[k - 1].o, "first_seen");
            if (!fi || (fo && strcmp(fo, fi) <= 0))
                break;
            rows[k] = rows[k - 1];
            k--;
        }
        rows[k].o = h;
        rows[k].label = jstr(h, "person");
        snprintf(rows[k].href, sizeof rows[k].href, "/person/%lld", jint(h, "person_id"));
        rows[k].dates = NULL;
    }
    put(b, "<h2>Holders over time</h2>");
    page_timeline(b, rows, n, "holders");
    put(b, "<table><tr><th>Holder</th><th>Start</th><th>End</th>"
           "<th class=\"opt\">Certainty</th><th class=\"opt\">Evidence</th></tr>");
    for (i = 0; i < n; i++) {
        h = rows[i].o;
        pf(b, "<tr><td><a href=\"/person/%lld\">", jint(h, "person_id"));
        html_esc(b, jstr(h, "person"));
        put(b, "</a></td><td>");
        page_bound(b, json_object_get(h, "start"));
        put(b, "</td><td>");
        page_bound(b, json_object_get(h, "end"));
        put(b, "</td><td class=\"opt\">");
        html_esc(b, jstr(h, "certainty"));
        pf(b, "</td><td class=\"opt\">%lld</td></tr>", jint(h, "evidence"));
    }
    put(b, "</table>");
    free(rows);
    page_alternatives(b, w, "post");
    json_decref(w);
    page_end(b);
    page_send(req, 200, b);
}

static void page_org(struct tenured *td, struct evhttp_request *req, const char *name,
                     struct evkeyvalq *q)
{
    rpc_error err = {0};
    const char *at = page_at(q);
    if (!name || !*name) {
        rpc_error_set(&err, TENURE_E_INVALID_PARAMS, "which organization? /org?name=...");
        page_error(req, "Organization", &err);
        return;
    }
    json_t *p = json_pack("{s:s?,s:i}", "name", name, "limit", 20);
    if (!p) {
        rpc_error_set(&err, TENURE_E_INVALID_PARAMS, "the name is not valid UTF-8");
        page_error(req, "Organization", &err);
        return;
    }
    if (at)
        json_object_set_new(p, "at", json_string(at));
    json_t *o = http_call(td, "org", p, &err);
    if (!o) {
        page_error(req, "Organization", &err);
        rpc_error_clear(&err);
        return;
    }
    const char *oname = jstr(o, "organization");
    struct evbuffer *b = page_buf();
    page_begin(b, oname ? oname : name, NULL);
    put(b, "<h1>");
    html_esc(b, oname);
    put(b, "</h1>");
    char idname[32];
    snprintf(idname, sizeof idname, "#%lld", jint(o, "organization_id"));
    page_at_form(b, "/org", "name", idname, at);
    if (at) {
        put(b, "<p>At ");
        html_esc(b, at);
        put(b, "</p>");
        page_beyond(b, o, at);
    }
    json_t *posts = json_object_get(o, "posts"), *po, *h;
    size_t i, j;
    json_array_foreach(posts, i, po)
    {
        pf(b, "<div class=\"card\"><a href=\"/post/%lld\"><b>", jint(po, "post_id"));
        html_esc(b, jstr(po, "position"));
        put(b, "</b></a><table>");
        json_array_foreach(json_object_get(po, "holders"), j, h)
        {
            pf(b, "<tr><td><a href=\"/person/%lld\">", jint(h, "person_id"));
            html_esc(b, jstr(h, "person"));
            put(b, "</a></td><td>");
            page_bound(b, json_object_get(h, "start"));
            put(b, " – ");
            page_bound(b, json_object_get(h, "end"));
            put(b, "</td><td class=\"opt\">");
            html_esc(b, jstr(h, "certainty"));
            put(b, "</td></tr>");
        }
        put(b, "</table></div>");
    }
    if (json_array_size(posts) == 0)
        put(b, "<p>No post with a holder here.</p>");
    page_alternatives(b, o, "org");
    json_decref(o);
    page_end(b);
    page_send(req, 200, b);
}

void http_pages_preview(struct tenured *td, struct evhttp_request *req, const char *id)
{
    rpc_error err = {0};
    char name[32];
    unsigned long long n;
    char tail;
    if (!id || sscanf(id, "person/%llu%c", &n, &tail) != 1) {
        rpc_error_set(&err, TENURE_E_INVALID_PARAMS, "preview: id must be person/N");
        page_error(req, "Preview", &err);
        return;
    }
    snprintf(name, sizeof name, "#%llu", n);
    json_t *r = http_call(td, "person", json_pack("{s:s}", "name", name), &err);
    if (!r) {
        page_error(req, "Preview", &err);
        rpc_error_clear(&err);
        return;
    }
    struct evbuffer *b = page_buf();
    put(b, "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
           "<link rel=\"icon\" href=\"data:,\"><title>");
    html_esc(b, jstr(r, "person"));
    put(b, "</title><style>body{font:13px/1.35 system-ui,sans-serif;margin:.4em}"
           "ul{margin:.2em 0;padding-left:1.2em}</style></head><body><b>");
    html_esc(b, jstr(r, "person"));
    put(b, "</b><ul>");
    json_t *p;
    size_t i;
    json_array_foreach(json_object_get(r, "positions"), i, p)
    {
        put(b, "<li>");
        html_esc(b, jstr(p, "position"));
        const char *f = jstr(p, "first_seen"), *l = jstr(p, "last_seen");
        if (f) {
            put(b, " (");
            html_esc(b, f);
            if (l && strcmp(l, f)) {
                put(b, " – ");
                html_esc(b, l);
            }
            put(b, ")");
        }
        put(b, "</li>");
    }
    put(b, "</ul></body></html>\n");
    json_decref(r);
    page_send(req, 200, b);
}

/* A decimal id path tail ("17"), or NULL. */
static const char *page_id(const char *s)
{
    if (!*s || strlen(s) > 10)
        return NULL;
    for (const char *p = s; *p; p++)
        if (*p < '0' || *p > '9')
            return NULL;
    return s;
}

int http_pages_route(struct tenured *td, struct evhttp_request *req, const char *path,
                     struct evkeyvalq *q)
{
    const char *id;
    if (strcmp(path, "/") == 0)
        page_home(td, req);
    else if (strcmp(path, "/search") == 0)
        page_search(td, req, q);
    else if (strncmp(path, "/person/", 8) == 0 && (id = page_id(path + 8)))
        page_person(td, req, id);
    else if (strncmp(path, "/post/", 6) == 0 && (id = page_id(path + 6)))
        page_post(td, req, id, q);
    else if (strncmp(path, "/org/", 5) == 0 && (id = page_id(path + 5))) {
        char name[32];
        snprintf(name, sizeof name, "#%s", id);
        page_org(td, req, name, q);
    } else if (strcmp(path, "/org") == 0)
        page_org(td, req, http_arg(q, "name"), q);
    else
        return 0;
    return 1;
}
