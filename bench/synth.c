/*
 * synth.c — bench_synth: print synthetic articles (bench/lib/synth.c).
 *
 * Owns only the command line and the output format; the articles themselves
 * come from synth_make() and are the ones bench_scale ingests.
 *   bench_synth [-S SEED] [-n COUNT] [--from INDEX] [--format rpc|jsonl|text]
 *               [--probe-split N]   (the articles bench_scale feeds, synth.h)
 * rpc: one JSON-RPC ingest request per line (feed with socat or bench_query -f)
 * jsonl: {"id","date","text","person","position","org"} per line
 * text: the article texts separated by a line holding only "\f".
 */
#include "benchlib.h"
#include "synth.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Print usage. */
static void usage(void)
{
    fprintf(stderr, "usage: bench_synth [-S SEED] [-n COUNT] [--from INDEX] "
                    "[--format rpc|jsonl|text] [--probe-split N]\n");
}

/* Print COUNT synthetic articles from INDEX in the chosen format. */
int main(int argc, char **argv)
{
    uint64_t seed = 1, count = 10, from = 0;
    const char *format = "rpc";
    static const struct option lo[] = {{"from", required_argument, NULL, 'F'},
                                       {"format", required_argument, NULL, 'f'},
                                       {"probe-split", required_argument, NULL, 'P'},
                                       {NULL, 0, NULL, 0}};
    int opt;
    while ((opt = getopt_long(argc, argv, "S:n:h", lo, NULL)) != -1) {
        switch (opt) {
        case 'S':
            seed = strtoull(optarg, NULL, 10);
            break;
        case 'n':
            count = strtoull(optarg, NULL, 10);
            break;
        case 'F':
            from = strtoull(optarg, NULL, 10);
            break;
        case 'f':
            format = optarg;
            break;
        case 'P':
            synth_set_probe_split(strtoull(optarg, NULL, 10));
            break;
        default:
            usage();
            return 2;
        }
    }
    if (strcmp(format, "rpc") != 0 && strcmp(format, "jsonl") != 0 && strcmp(format, "text") != 0) {
        usage();
        return 2;
    }
    synth_article a;
    for (uint64_t i = from; i < from + count; i++) {
        synth_make(seed, i, &a);
        if (strcmp(format, "text") == 0) {
            if (printf("%s\n\f\n", a.text) < 0)
                return 1;
            continue;
        }
        json_t *o;
        char *line;
        if (strcmp(format, "rpc") == 0) {
            json_t *params = json_pack("{s:s%, s:s, s:s}", "text", a.text, a.len, "date", a.date,
                                       "source", "synth");
            line = bl_request_line((long)i + 1, "ingest", params, NULL);
        } else {
            o = json_pack("{s:I, s:s, s:s%, s:s, s:s, s:s}", "id", (json_int_t)i, "date", a.date,
                          "text", a.text, a.len, "person", a.person, "position", a.position, "org",
                          a.org);
            line = o ? json_dumps(o, JSON_COMPACT) : NULL;
            json_decref(o);
        }
        if (!line || printf("%s\n", line) < 0) {
            free(line);
            return 1;
        }
        free(line);
    }
    return fflush(stdout) == 0 ? 0 : 1;
}
